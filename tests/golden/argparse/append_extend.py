# append, append_const and extend build lists; defaults are copied, not mutated.
import argparse

default = ["base"]
p = argparse.ArgumentParser(prog="t")
p.add_argument("-I", action="append", default=default)
p.add_argument("--int", dest="types", action="append_const", const=int)
p.add_argument("--str", dest="types", action="append_const", const=str)
p.add_argument("--x", action="extend", nargs="+", type=int)
ns = p.parse_args(["-I", "a", "-Ib", "--int", "--str", "--x", "1", "2", "--x", "3"])
print(ns.I, ns.types, ns.x)
print(default)
print(p.parse_args([]))
