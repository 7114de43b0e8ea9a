# Lookahead and lookbehind, positive and negative; groups set inside a lookahead are kept.
import re

print(re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"\b\w+\b(?!\()", "f(x) + g"))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"))
print(re.findall(r"(?<!-)\b\d+", "5 -6 7"))
print(re.match(r"(?=(a+))a", "aaa").groups(), re.match(r"(?!(a)b)", "ac").groups())
print(re.search(r"(?<=(a))b", "ab").groups(), re.search(r"(?<=ab|cd)e", "cde").group())
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
