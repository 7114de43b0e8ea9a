# finditer yields Match objects; empty matches after a non-empty one and pos/endpos arguments.
import re

for m in re.finditer(r"\d*", "a12b3"):
    print(m.span(), repr(m.group()))
p = re.compile(r"[a-z]+")
it = p.finditer("one two three", 1, 10)
print([(m.group(), m.pos, m.endpos) for m in it])
print(next(re.finditer("x", "axb")).span())
print(list(re.finditer("z", "abc")))
