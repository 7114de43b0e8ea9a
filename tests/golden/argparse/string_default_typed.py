# A string default goes through type=; a non-string default is kept as is.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("--n", type=int, default="7")
p.add_argument("--f", type=float, default=2)
p.add_argument("--l", type=lambda s: s.split(","), default="a,b")
print(p.parse_args([]))
print(p.parse_args(["--l", "x,y,z"]))
