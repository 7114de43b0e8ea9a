# match anchors at the start, search scans, fullmatch needs the whole string (backtracking into alternatives).
import re

print(re.match(r"\d+", "123abc"))
print(re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.fullmatch(r"\w+", "abc!"))
print(re.search(r"x*", "aaa"))
print(re.match("", ""))
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(1))
