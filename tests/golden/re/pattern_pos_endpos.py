# pos/endpos: ^ still means the string start, $ and \b see endpos as the end.
import re

p = re.compile(r"\w+")
print(p.match("hello world", 6), p.search("hello world", 2, 4))
print(re.compile("^w").search("hello world", 6), re.compile("w").match("hello world", 6))
print(re.compile("o$").search("foo bar", 0, 3), re.compile(r"o\b").search("foo bar", 0, 2))
print(p.fullmatch("hello world", 0, 5), p.fullmatch("hello world", 0, 6))
m = p.search("abc def", pos=4)
print(m.pos, m.endpos, m.string, m.re is p)
print(p.match("abc", -5), p.match("abc", 10), p.search("abc", 2, 1), p.match("abc", endpos=100).endpos)
