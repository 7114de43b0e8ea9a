# open() checks its mode and the arguments that only text mode takes.
for mode in ["rw", "rr", "q", "wb+t", "rbt", "U", "", "ra+"]:
    try:
        open("invalid_modes.py", mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"),
           dict(mode="rb", newline=""), dict(buffering=0), dict(newline="x")]:
    try:
        open("invalid_modes.py", **kw)
    except ValueError as e:
        print(kw, e)
for bad in [3.5, None, [1]]:
    try:
        open(bad)
    except TypeError as e:
        print(e)
try:
    open("invalid_modes.py", 3)
except TypeError as e:
    print(e)
try:
    open("invalid_modes.py", encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
