# An option missing its value(s): expected one / at least one / N arguments.
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("-x")
p.add_argument("--pair", nargs=2)
p.add_argument("--some", nargs="+")
p.add_argument("--one", nargs=1)
for args in (["-x"], ["--pair", "a"], ["--some"], ["--one"], ["-x", "-y"]):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)
