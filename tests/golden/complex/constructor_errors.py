# complex() refuses malformed strings and wrong types with CPython's messages.
bad = ["", " ", "1+2", "1+2jj", "(1+2j", "1+2j)", "1 + 2j", "1e", "j1", "1j+2",
       "()", "--1", "1+-2j", "x", "nanj+1", "0x1", "1_j", "_1j", "1__2j", "1._5j"]
for t in bad:
    try:
        complex(t)
    except ValueError as e:
        print(repr(t), type(e).__name__, e)
calls = [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]),
         lambda: complex(1, []), lambda: complex(None), lambda: complex(b"1"),
         lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: complex(real="1"),
         lambda: complex(imag="1"), lambda: complex(1, None), lambda: complex(1, real=2)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
complex("1+")
