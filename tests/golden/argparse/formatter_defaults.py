# ArgumentDefaultsHelpFormatter appends (default: ...) to options and defaulting positionals.
import argparse

p = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--size", type=int, default=10, help="the size")
p.add_argument("--name", help="no default given")
p.add_argument("--flag", action="store_true", help="a flag")
p.add_argument("--keep", default=3, help="already %(default)s shown")
p.add_argument("pos", help="required positional")
p.add_argument("opt", nargs="?", default="o", help="optional positional")
p.print_help()
