# Namespace: repr, ==, `in`, vars(), attributes set later, non-identifier names.
import argparse

a = argparse.Namespace(x=1, y="two")
b = argparse.Namespace(y="two", x=1)
print(a, a == b, a != b, "x" in a, "z" in a)
a.z = [3]
print(vars(a))
c = argparse.Namespace(**{"not valid": 1, "ok": 2})
print(c)
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace() == {})
p = argparse.ArgumentParser(prog="t")
p.add_argument("--x", type=int)
ns = argparse.Namespace(x=5, extra=True)
print(p.parse_args([], namespace=ns), p.parse_args(["--x", "1"], namespace=ns) is ns)
