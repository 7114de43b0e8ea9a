# Named groups: group() by name or number, several at once, groupdict, lastgroup, groupindex.
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)?")
m = p.match("width=")
print(m.group("key"), m.group("value"), m.group(0, "key", 2))
print(m.groupdict(), m.groupdict("n/a"), m.groups(), m.groups(0))
print(m.lastindex, m.lastgroup, m["key"], m[0])
m = p.match("width=42")
print(m.groupdict(), m.lastindex, m.lastgroup)
print(p.groupindex, p.groups, p.groupindex["value"])
print(repr(p.groupindex))
print(re.match(r"(a)(b)", "ab").lastgroup, re.match(r"((a)b)", "ab").lastindex)
