# --help prints CPython's help text to stdout and exits 0.
import argparse

p = argparse.ArgumentParser(prog="greet", description="Say hello to people.")
p.add_argument("name", help="who to greet")
p.add_argument("-t", "--times", type=int, default=1, help="how many times")
p.add_argument("--shout", action="store_true", help="use capitals")
p.parse_args(["--help"])
print("not reached")
