# nargs=N, '?', '*', '+' for positionals and options.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("pair", nargs=2)
p.add_argument("maybe", nargs="?", default="dflt")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=int)
print(p.parse_args(["a", "b"]))
print(p.parse_args(["a", "b", "c", "--opt"]))
print(p.parse_args(["a", "b", "--opt", "v", "--many", "--some", "1", "2"]))
print(p.parse_args(["--many", "x", "y", "--", "a", "b", "c"]))
