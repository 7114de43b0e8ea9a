# parser.error prints usage + `prog: error: msg` and exits 2; parser.exit prints and exits.
import argparse

p = argparse.ArgumentParser(prog="tool")
p.add_argument("--n", type=int)
try:
    p.exit(3, "bye now\n")
except SystemExit as e:
    print("exit", e.code)
try:
    p.exit()
except SystemExit as e:
    print("exit", e.code)
ns = p.parse_args(["--n", "-5"])
if ns.n < 0:
    p.error("--n must be positive")
