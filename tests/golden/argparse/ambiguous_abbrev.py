# Long options can be abbreviated; an ambiguous prefix is an error; allow_abbrev=False.
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-check", action="store_true")
p.add_argument("--name")
print(p.parse_args(["--verb", "--na=x"]))
try:
    p.parse_args(["--ver"])
except SystemExit as e:
    print("exit", e.code)
q = argparse.ArgumentParser(prog="q", allow_abbrev=False)
q.add_argument("--verbose", action="store_true")
print(q.parse_known_args(["--verb"]))
