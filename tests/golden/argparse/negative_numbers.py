# Negative numbers are arguments unless the parser has options that look like them.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("-x", type=int)
p.add_argument("val", type=float, nargs="?")
print(p.parse_args(["-x", "-1", "-2.5"]))
print(p.parse_args(["-.5"]))
q = argparse.ArgumentParser(prog="q")
q.add_argument("-1", dest="one", action="store_true")
q.add_argument("foo", nargs="?")
print(q.parse_args(["-1"]))
try:
    q.parse_args(["-2"])
except SystemExit as e:
    print("exit", e.code)
