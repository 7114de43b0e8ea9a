# `is` / `is not` with a literal warns at compile time (SyntaxWarning on stderr), then runs.
x = 1
if x is 1:
    print("one")
print(x is not "a", 1 is x, x is (), x is -1)
print(x is None, x is True, x is ..., x is not False)
s = "ab"
print(s is "ab" if False else "skipped")
print("end")
