# Sub-commands with their own arguments and set_defaults(func=...).
import argparse

def add(ns):
    return ns.a + ns.b

def neg(ns):
    return -ns.v

p = argparse.ArgumentParser(prog="math")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="cmd", help="operation")
pa = sub.add_parser("add", help="add two numbers")
pa.add_argument("a", type=int)
pa.add_argument("b", type=int)
pa.set_defaults(func=add)
pn = sub.add_parser("neg", help="negate")
pn.add_argument("v", type=int)
pn.set_defaults(func=neg)
for argv in (["add", "2", "3"], ["--debug", "neg", "7"]):
    ns = p.parse_args(argv)
    print(ns.cmd, ns.debug, ns.func(ns))
print(p.parse_args([]))
p.print_help()
