# split/rsplit with a one-char separator (ASCII and not), maxsplit, empty fields, errors.
print("a,b,,c,".split(","))
print(",a,b".split(",", 1))
print("a,b,c".split(",", 0))
print("a,b,c".rsplit(",", 1))
print("a,b,c".rsplit(",", -1))
print("x".split(","), "".split(","), "".rsplit(","))
print("αéβéγ".split("é"), "αéβéγ".rsplit("é", 1))
print("a\nb\n".split("\n"))
print("1😀2😀".split("😀"))
print("ab,cd".split(sep=",", maxsplit=5))
print("a,,b".split(",,"), "a,,b".rsplit(",,"))
for bad in [("",), (1,), (",", "x")]:
    try:
        "a,b".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
