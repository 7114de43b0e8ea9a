# usage= overrides the generated usage (with %(prog)s); SUPPRESS hides arguments from help.
import argparse

p = argparse.ArgumentParser(prog="u", usage="%(prog)s [options] file")
p.add_argument("file")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--shown", help="visible")
p.print_help()
print(p.parse_args(["f", "--secret", "s"]))
p.parse_args([])
