# action='version' prints the version (with %(prog)s) to stdout and exits 0.
import argparse

p = argparse.ArgumentParser(prog="tool")
p.add_argument("-V", "--version", action="version", version="%(prog)s 2.1.0")
p.print_help()
p.parse_args(["--version"])
