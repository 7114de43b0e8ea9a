# A type= function raising something other than ValueError/TypeError propagates through parse_args.
import argparse

COLORS = {"red": 1, "green": 2}
parser = argparse.ArgumentParser(prog="paint")
parser.add_argument("--color", type=lambda name: COLORS[name])
print(parser.parse_args(["--color", "red"]).color)
parser.parse_args(["--color", "blue"])
