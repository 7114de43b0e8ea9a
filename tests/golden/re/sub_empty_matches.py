# Empty matches in sub and split follow the 3.7+ rules (an empty match right after a match counts).
import re

print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"))
print(re.sub(r"\b", "|", "hi there"))
print(re.split("x*", "axbc"))
print(re.split(r"\b", "a b"))
print(re.split("(?=b)", "abab"))
print(re.subn("a*", "X", "baaac"))
