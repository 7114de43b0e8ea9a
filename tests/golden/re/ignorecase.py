# IGNORECASE: ASCII and Unicode simple case folding, in literals, classes and backreferences.
import re

print(re.findall("(?i)python", "Python PYTHON pyThOn"))
print(re.match("é", "É", re.I), re.match("[a-z]+", "HeLLo", re.I))
print(re.match("(?i)ſ", "S"), re.match("(?i)k", "\u212a"), re.match("(?i)σ", "Σ"))
print(re.match("(?i)[^a]", "A"), re.match(b"(?i)\xe9", b"\xc9"), re.match(b"(?i)a", b"A"))
print(re.match("(?i:a)b", "Ab"), re.match("(?i:a)b", "AB"), re.match("(?i)a(?-i:b)", "AB"))
print(re.sub("cat", "dog", "Cat cat CAT", flags=re.IGNORECASE))
