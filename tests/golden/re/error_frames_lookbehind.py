# A variable-width look-behind: the error comes from re/_compiler.py, with no position.
import re

try:
    re.compile(r"(?<=\d+)px")
except re.error as e:
    print(repr(e.msg), e.pos, e.pattern)
re.compile(r"(?<!ab*)c")
