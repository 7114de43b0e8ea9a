# Positionals with '*' and '+' split greedily with a later fixed positional.
import argparse

p = argparse.ArgumentParser(prog="cp")
p.add_argument("sources", nargs="+")
p.add_argument("dest")
print(p.parse_args(["a", "b", "c", "d"]))
print(p.parse_args(["a", "d"]))
q = argparse.ArgumentParser(prog="q")
q.add_argument("rest", nargs="*", default=["none"])
print(q.parse_args([]))
print(q.parse_args(["1", "2"]))
