# With 200+ elements, items making up over 1% of b are "popular" and ignored unless autojunk=False.
import difflib

a = "x" * 150 + "abc" + "y" * 100
b = "y" * 100 + "abc" + "x" * 150
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks())
print(round(s.ratio(), 4))
s2 = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s2.bpopular), s2.get_matching_blocks()[0], round(s2.ratio(), 4))
j = difflib.SequenceMatcher(lambda ch: ch in "-", "a-b-c", "a+b-c")
print(sorted(j.bjunk), j.get_opcodes())
