# Atomic groups (?>...) and possessive quantifiers (3.11) never give back what they matched.
import re

print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"))
print(re.match(r"a*+a", "aaa"), re.match(r"a++b", "aab"))
print(re.match(r"(?>x|xy)z", "xyz"), re.match(r"(?:x|xy)z", "xyz"))
print(re.match(r"(ab)*+ab", "ababab"), re.match(r"(ab)*+c", "ababc").groups())
print(re.match(r"a?+a", "a"), re.match(r"a{1,3}+a", "aaaa"))
print(re.findall(r"\d++", "12 345 6"))
