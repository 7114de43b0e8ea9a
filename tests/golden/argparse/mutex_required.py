# A required exclusive group: `one of the arguments --x --y is required`, (--x | --y) in usage.
import argparse

p = argparse.ArgumentParser(prog="prog")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--x", type=int)
g.add_argument("--y", action="store_true")
p.print_help()
print(p.parse_args(["--y"]))
p.parse_args([])
