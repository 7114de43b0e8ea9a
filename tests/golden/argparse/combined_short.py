# Combined short flags: -xzf name (tar style), -vn3, and unknown letters.
import argparse

p = argparse.ArgumentParser(prog="tar")
p.add_argument("-x", action="store_true")
p.add_argument("-z", action="store_true")
p.add_argument("-f")
p.add_argument("-n", type=int)
print(p.parse_args(["-xzf", "archive.tgz"]))
print(p.parse_args(["-xzfarch", "-n3"]))
print(p.parse_args(["-zn", "5"]))
try:
    p.parse_args(["-xq"])
except SystemExit as e:
    print("exit", e.code)
