# e.args is a tuple; StopIteration.value, SystemExit.code and KeyError str quoting.
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print(e.code, e.args)
print(SystemExit().code, SystemExit(1, 2).code)
err = KeyError("quote me")
print(str(err), err.args[0])
e = ValueError("x")
e.args = ("y", "z")
print(e, e.args)
