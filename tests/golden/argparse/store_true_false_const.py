# store_true, store_false and store_const, alone and combined as -abc.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_false")
p.add_argument("-c", action="store_const", const=42)
print(p.parse_args([]))
print(p.parse_args(["-a", "-b", "-c"]))
print(p.parse_args(["-abc"]))
print(p.parse_args(["-ca"]))
