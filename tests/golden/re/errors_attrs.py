# re.error carries msg, pattern, pos, lineno and colno; multi-line patterns mention line and column.
import re

try:
    re.compile("abc\n(def\nghi")
except re.error as e:
    print(e)
    print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
try:
    re.compile("(?<=a|bc)d")
except re.error as e:
    print(e, e.pos, e.lineno, e.colno)
print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))
e = re.error("custom")
print(e, e.msg, e.pattern, e.pos)
