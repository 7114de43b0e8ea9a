# metavar strings and tuples, nargs shapes in help and usage.
import argparse

p = argparse.ArgumentParser(prog="m")
p.add_argument("--point", nargs=2, metavar=("X", "Y"))
p.add_argument("--opt", nargs="?", metavar="V")
p.add_argument("--star", nargs="*")
p.add_argument("--plus", nargs="+", metavar="P")
p.add_argument("files", nargs="*", metavar="FILE")
p.add_argument("--three", nargs=3)
p.print_help()
print(p.parse_args(["--point", "1", "2"]))
