# SequenceMatcher: ratio, quick_ratio, real_quick_ratio, matching blocks, longest match.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())
s.set_seqs("private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
s = difflib.SequenceMatcher(lambda c: c == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "", "").ratio())
print(difflib.SequenceMatcher(None, [1, 2, 3], [3, 2, 1]).get_matching_blocks())
m = s.get_matching_blocks()[0]
print(m.a, m.b, m.size, type(m).__name__)
