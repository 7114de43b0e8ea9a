# parse_intermixed_args: options and positionals in any order fill a '*' positional.
import argparse

p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
print(p.parse_known_args("doit 1 --foo bar 2 3".split()))
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_intermixed_args(["x", "--zz", "4"]))
q = argparse.ArgumentParser(prog="q")
q.add_argument("args", nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)
p.parse_intermixed_args(["--foo", "x"])
