# Deeply backtracking and long inputs do not overflow the stack: results as CPython's.
import re

print(re.match(r"(a|b)*c", "ab" * 20000 + "c").span())
print(re.match(r"(?:a*)*b", "a" * 22 + "c"))
print(len(re.findall(r"(x+x+)+y", "x" * 18)))
print(re.match(r"(\w+\s?)*$", "word " * 2000).span())
print(re.search(r"((((((((((a))))))))))", "xa").groups()[9])
print(re.match("(" * 100 + "a" + ")" * 100, "a").lastindex)
