# Errors inside a sub-command report with the sub-parser's prog and usage.
import argparse

p = argparse.ArgumentParser(prog="tool")
sub = p.add_subparsers(dest="cmd")
s = sub.add_parser("serve")
s.add_argument("--port", type=int, required=True)
try:
    p.parse_args(["serve", "--port", "abc"])
except SystemExit as e:
    print("exit", e.code)
p.parse_args(["serve"])
