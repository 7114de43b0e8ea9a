# lastindex is the group that closed last; alternation and nesting decide it.
import re

for pat, s in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(a)|(b)", "b"), (r"(a)(b)?", "a"),
               (r"(?:(a)|b)*", "ab"), (r"(a|b)*", "ab"), (r"x", "x"), (r"(?P<n>a)(?:b)", "ab")]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
