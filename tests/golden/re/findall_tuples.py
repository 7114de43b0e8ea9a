# findall returns strings, the one group's text, or tuples when there are several groups ('' for unmatched).
import re

text = "x=1, y=22, z="
print(re.findall(r"\w=\d*", text))
print(re.findall(r"(\w)=\d*", text))
print(re.findall(r"(\w)=(\d+)?", text))
print(re.findall(r"", "ab"))
print(re.findall(r"\d*", "a12b"))
print(re.findall(r"(?:ab)+", "ababxab"))
print(re.compile(r"\d").findall("a1b2c3", 2, 5))
