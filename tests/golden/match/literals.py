# Literal patterns: ints, negative numbers, floats, strings (concatenated), bytes, None/True/False by identity.
def what(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "world":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other: " + repr(v)
for v in [0, 0.0, -1, 2.5, "helloworld", b"raw", None, True, False, 1, 1.0, "x"]:
    print(repr(v), "->", what(v))
