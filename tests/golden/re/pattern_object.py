# Pattern objects: repr with flags, attributes, equality, hash and the compile cache.
import re

p = re.compile(r"a+\d", re.IGNORECASE | re.MULTILINE)
print(p, p.pattern, p.flags, p.groups)
print(re.compile("x"), re.compile("x").flags, re.compile("x", re.A), re.compile("(?i)x").flags)
print(re.compile(b"x+", re.I), re.compile(b"x").flags)
print(re.compile("ab") == re.compile("ab"), re.compile("ab") == re.compile("ab", re.I))
print(hash(re.compile("q")) == hash(re.compile("q")), re.compile("k") is re.compile("k"))
print(re.compile(p) is p, type(p), type(p).__name__)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
print(re.compile("'quoted'\n"))
