# get_opcodes and get_grouped_opcodes turn one sequence into the other.
import difflib

a = "qabxcd"
b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}] {a[i1:i2]!r:>8} --> {b[j1:j2]!r}")
lines_a = [f"line {i}" for i in range(20)]
lines_b = list(lines_a)
lines_b[2] = "changed"
lines_b[15:16] = []
for group in difflib.SequenceMatcher(None, lines_a, lines_b).get_grouped_opcodes(2):
    print(group)
print(list(difflib.SequenceMatcher(None, "same", "same").get_grouped_opcodes()))
