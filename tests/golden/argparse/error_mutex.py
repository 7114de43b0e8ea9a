# Two options of a mutually exclusive group: `argument --b: not allowed with argument --a`.
import argparse

p = argparse.ArgumentParser(prog="prog")
g = p.add_mutually_exclusive_group()
g.add_argument("--a", action="store_true")
g.add_argument("--b", action="store_true")
print(p.parse_args(["--a"]))
p.parse_args(["--a", "--b"])
