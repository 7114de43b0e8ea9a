# `--` ends option parsing: what follows are positionals even if they start with '-'.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("-f", action="store_true")
p.add_argument("items", nargs="*")
print(p.parse_args(["-f", "--", "-f", "-x"]))
print(p.parse_args(["a", "--", "--", "b"]))
