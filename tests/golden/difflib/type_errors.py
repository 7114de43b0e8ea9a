# unified_diff and context_diff reject non-str lines and arguments with CPython's messages.
import difflib

for call in [
    lambda: list(difflib.unified_diff([b"a"], [b"b"])),
    lambda: list(difflib.context_diff(["a"], [1])),
    lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=1)),
]:
    try:
        call()
    except TypeError as e:
        print(e)
print(difflib.SequenceMatcher[int])
