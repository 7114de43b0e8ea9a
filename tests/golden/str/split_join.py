# split/rsplit with separators and maxsplit, whitespace splitting, and join.
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), "a,b,,c".split(","), "a,b,c".split(",", 1))
print("a b c d".rsplit(None, 2), "a.b.c".rsplit(".", 1), "".split(), "".split(","))
print("x".split("x"), "abc".split("b", 0), "  lead".split(None, 1), "a  b".split(maxsplit=1))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
