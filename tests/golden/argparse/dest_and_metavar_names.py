# Error messages name an argument by option strings, metavar, or dest.
import argparse

p = argparse.ArgumentParser(prog="n")
p.add_argument("--long-name", "-l", type=int)
p.add_argument("pos_dest", metavar="FILE", type=int)
for args in (["--long-name", "q", "1"], ["zz"]):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)
