# Positional arguments are stored by name, in order, as strings unless type= converts.
import argparse

p = argparse.ArgumentParser(prog="calc")
p.add_argument("x", type=int)
p.add_argument("y", type=float)
p.add_argument("name")
ns = p.parse_args(["3", "2.5", "bob"])
print(ns)
print(ns.x + ns.y, ns.name)
print(vars(ns))
