# parents= copies arguments (and defaults) from a parent parser built with add_help=False.
import argparse

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--verbose", action="store_true")
common.set_defaults(level=1)
p = argparse.ArgumentParser(prog="child", parents=[common])
p.add_argument("target")
print(p.parse_args(["x", "--verbose"]))
p.print_help()
