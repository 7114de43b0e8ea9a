# Short and long options, `=`-joined and attached values, dest from the long name.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("-o", "--output-file")
p.add_argument("-n", type=int, default=1)
p.add_argument("--level", dest="lvl")
print(p.parse_args([]))
print(p.parse_args(["-o", "a.txt", "-n", "4"]))
print(p.parse_args(["--output-file=b.txt", "-n5", "--level", "hi"]))
print(p.parse_args(["-oc.txt", "--level=x=y"]))
