# Sizes past Py_ssize_t or a C int raise OverflowError with CPython's messages.
cases = [
    ("str repeat", lambda: "ab" * 2**62),
    ("bytes repeat", lambda: b"ab" * 2**62),
    ("ljust", lambda: "a".ljust(2**63)),
    ("zfill", lambda: "a".zfill(-2**63 - 1)),
    ("expandtabs", lambda: "a\tb".expandtabs(2**40)),
    ("expandtabs no tab", lambda: "abc".expandtabs(2**40)),
    ("list(range)", lambda: list(range(10**30))),
    ("tuple(range)", lambda: tuple(range(10**30))),
    ("percent star width", lambda: "%*d" % (10**30, 1)),
    ("percent star precision", lambda: "%.*d" % (2**31, 1)),
    ("index", lambda: [1][2**63]),
]
for name, f in cases:
    try:
        f()
        print(name, "built")
    except (OverflowError, IndexError) as e:
        print(name, type(e).__name__, e)
try:
    *init, last = range(10**100)
except OverflowError as e:
    print("star unpack", e)
