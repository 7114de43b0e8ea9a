# Character classes: ranges, negation, escapes inside, ']' and '-' placement.
import re

print(re.findall(r"[a-c]+", "xxabcabd"), re.findall(r"[^a-c]+", "abxyzc"))
print(re.findall(r"[\d\s]+", "a1 2 3b"), re.findall(r"[]a]+", "a]]b"))
print(re.findall(r"[a-]+", "a-a-b"), re.findall(r"[\]]", "]"), re.findall(r"[.*+]+", "a.*+b"))
print(re.findall(r"[^\W\d_]+", "ab1_c"), re.findall(r"[\w-]+", "a-b_c d"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"[\u00e0-\u00ff]+", "voilà ça"))
print(re.findall(r"[\n\t]", "a\tb\nc"), re.findall("[0-9A-Fa-f]+", "0x1F beef"))
