# purge() empties the cache; compiled patterns stay usable.
import re

p = re.compile(r"\w+")
re.purge()
print(p.findall("a b"), re.compile(r"\w+") == p, re.findall(r"\w+", "c d"))
print(re.purge())
