# nargs=REMAINDER takes everything after it, options included.
import argparse

p = argparse.ArgumentParser(prog="run")
p.add_argument("--debug", action="store_true")
p.add_argument("command")
p.add_argument("args", nargs=argparse.REMAINDER)
print(p.parse_args(["--debug", "ls", "-l", "--all", "x"]))
print(p.parse_args(["echo"]))
p.print_usage()
