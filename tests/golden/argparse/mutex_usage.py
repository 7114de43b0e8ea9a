# Exclusive groups in usage: [-a | -b], mixed with positionals and suppressed members.
import argparse

p = argparse.ArgumentParser(prog="m")
g = p.add_mutually_exclusive_group()
g.add_argument("-a", action="store_true")
g.add_argument("-b", type=int)
g.add_argument("--hidden", help=argparse.SUPPRESS)
h = p.add_mutually_exclusive_group()
h.add_argument("--in", dest="inp")
h.add_argument("pos", nargs="?")
p.print_usage()
print(p.parse_args(["-b", "2"]))
print(p.parse_args(["x"]))
p.parse_args(["--in", "y", "x"])
