# \d \w \s and their negations: Unicode for str patterns, ASCII for bytes and re.ASCII.
import re

s = "abc_123 é٣ \t\n"
print(re.findall(r"\w+", s), re.findall(r"(?a)\w+", s))
print(re.findall(r"\d", "12٣4"), re.findall(r"\d", "12٣4", re.ASCII))
print(re.findall(r"\s", "a b\tc\u00a0d"), re.findall(r"(?a)\s", "a b\tc\u00a0d"))
print(re.findall(r"\W+", "ab, cd!"), re.findall(r"\D+", "a1b22"), re.findall(r"\S+", " x y "))
print(re.findall(rb"\w+", b"caf\xe9 ok"), re.findall(r"\bé\w*", "été ça"))
print(re.findall(r"\b\w", "hi there"), re.findall(r"\B\w", "hi there"))
