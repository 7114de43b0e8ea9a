# add_subparsers(required=True): a missing command is an error naming the dest.
import argparse

p = argparse.ArgumentParser(prog="app")
sub = p.add_subparsers(dest="cmd", required=True)
sub.add_parser("run")
sub.add_parser("stop")
print(p.parse_args(["run"]))
try:
    p.parse_args(["jump"])
except SystemExit as e:
    print("exit", e.code)
p.parse_args([])
