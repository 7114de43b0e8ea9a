# choices accept listed values (after type conversion) and show {a,b} in usage.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("color", choices=["red", "green"])
p.add_argument("--n", type=int, choices=range(1, 4))
print(p.parse_args(["red", "--n", "2"]))
print(p.format_usage(), end="")
print(p.format_help(), end="")
