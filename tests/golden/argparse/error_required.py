# Missing positionals and required options are listed together.
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("x")
p.add_argument("y", nargs="+")
p.add_argument("--name", required=True)
p.parse_args([])
