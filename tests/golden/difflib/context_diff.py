# context_diff: *** and --- sections with ! + - markers.
import difflib

s1 = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
s2 = ["python\n", "eggy\n", "hamster\n", "guido\n"]
print("".join(difflib.context_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
print("--")
a = ["a\n", "b\n", "c\n"]
print("".join(difflib.context_diff(a, a[:2], "x", "y")), end="")
print("--")
print("".join(difflib.context_diff(a, a + ["d\n"])), end="")
