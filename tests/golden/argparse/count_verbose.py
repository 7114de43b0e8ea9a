# action='count': -v, -vvv, --verbose repeated, default None vs 0.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", action="count")
print(p.parse_args([]))
print(p.parse_args(["-vvv"]))
print(p.parse_args(["-v", "--verbose", "-vv", "-q"]))
