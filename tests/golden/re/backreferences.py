# Backreferences \1 and (?P=name), case-insensitive ones, and references to unmatched groups.
import re

print(re.search(r"\b(\w+) \1\b", "this is is a test").group())
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it' said").group())
print(re.match(r"(?i)(\w+) \1", "Hey HEY").group())
print(re.match(r"(a)?b\1", "b"))
print(re.findall(r"(\w)\1", "aabbcd eeff"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk").group(11))
print(re.match(r"(x)\1 0", "xx 0").group(), re.match(r"\101", "A"))
