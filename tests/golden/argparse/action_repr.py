# add_argument returns the Action; its repr lists its settings. Parser repr too.
import argparse

p = argparse.ArgumentParser(prog="r", description="d")
print(p.add_argument("--num", "-n", type=int, default=3, help="h"))
print(p.add_argument("pos", nargs="+"))
print(p.add_argument("-v", action="store_true"))
print(p.add_argument("-c", action="count"))
print(p)
print(argparse.FileType("w"), argparse.FileType("rb", encoding="utf-8"))
print(argparse.ONE_OR_MORE, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.REMAINDER, argparse.SUPPRESS)
