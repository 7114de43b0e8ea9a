# Extra strings: `unrecognized arguments: ...`; parse_known_args returns them instead.
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("--a", action="store_true")
print(p.parse_known_args(["--a", "--b", "x", "-c"]))
p.parse_args(["--a", "--b", "x", "y"])
