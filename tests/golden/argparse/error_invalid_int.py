# type=int given a non-number: `argument -n: invalid int value: 'x'`.
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("-n", type=int)
try:
    p.parse_args(["-n", "x"])
except SystemExit as e:
    print("exit code", e.code)
p2 = argparse.ArgumentParser(prog="prog2")
p2.add_argument("ratio", type=float)
p2.parse_args(["half"])
