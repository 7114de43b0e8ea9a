# An invalid choice: usage and `invalid choice: 'z' (choose from 'a', 'b')` on stderr, exit 2.
import argparse

p = argparse.ArgumentParser(prog="pick")
p.add_argument("letter", choices=["a", "b"])
p.parse_args(["z"])
print("not reached")
