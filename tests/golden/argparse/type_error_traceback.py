# exit_on_error=False: a bad --count value escapes parse_args with argparse.py's frames.
import argparse

parser = argparse.ArgumentParser(prog="tool", exit_on_error=False)
parser.add_argument("--count", type=int, default=1)
parser.add_argument("name")
print(parser.parse_args(["--count", "3", "bob"]))
parser.parse_args(["--count", "three", "bob"])
