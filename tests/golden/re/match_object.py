# Match objects: repr (truncated), truth, regs, expand, __getitem__, copying.
import re

m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m, bool(m), m.regs)
print(m.expand(r"\2/\1"), m.expand(r"[\g<0>]"), m[1], m[2])
print(re.match(".*", "x" * 80))
print(re.match("(a)", "a") is not None, m.__copy__() is m)
print(re.search("é+", "caféé!"))
print(repr(re.match(r"(a)(b)?", "a").expand(r"<\2>")))
