# . skips newlines unless DOTALL (re.S or (?s)); scoped (?s:...) applies inside only.
import re

s = "a\nb"
print(re.match("a.b", s), re.match("a.b", s, re.S), re.match("(?s)a.b", s))
print(re.match("(?s:a.)b", "a\nb"), re.match("(?s:a).b", s))
print(re.findall(".", "x\ny"), re.findall("[^\n]", "x\ny"))
