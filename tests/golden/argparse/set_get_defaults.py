# set_defaults overrides argument defaults and adds dests; get_default reads them.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("--n", type=int, default=1)
p.set_defaults(n=5, mode="auto")
print(p.get_default("n"), p.get_default("mode"), p.get_default("missing"))
print(p.parse_args([]))
print(p.parse_args(["--n", "2"]))
q = argparse.ArgumentParser(prog="q", argument_default=argparse.SUPPRESS)
q.add_argument("--a")
q.add_argument("--b", default=0)
print(q.parse_args([]), q.parse_args(["--a", "x"]))
