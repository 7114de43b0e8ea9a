# format_help/format_usage return strings; print_usage/print_help take file=.
import argparse
import sys

p = argparse.ArgumentParser(prog="f", description="desc")
p.add_argument("-a")
u = p.format_usage()
h = p.format_help()
print(repr(u))
print(h.splitlines())
p.print_usage(sys.stdout)
p.print_help(file=sys.stderr)
