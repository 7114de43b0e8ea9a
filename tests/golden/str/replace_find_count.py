# replace (with count), find/rfind/index/rindex, count with overlapping patterns.
s = "banana"
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("", "-"), s.replace("x", "y"))
print(s.find("an"), s.rfind("an"), s.find("x"), s.find("a", 2), s.find("a", 2, 3), s.index("n"))
print(s.count("a"), s.count("ana"), s.count(""), "aaaa".count("aa"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print(s.rindex("a"), "".find(""), "abc".find("", 5))
