# Definition errors: conflicting option strings, bad prefixes, nargs/const checks.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("-x")
tries = [
    lambda: p.add_argument("-x", "--ex"),
    lambda: p.add_argument("bad", required=True),
    lambda: p.add_argument("--s", nargs=0),
    lambda: p.add_argument("--s", const=1),
    lambda: p.add_argument("--a", action="fly"),
    lambda: p.add_argument("--t", type="int"),
    lambda: p.add_argument("pos", dest="other"),
]
for t in tries:
    try:
        t()
    except (argparse.ArgumentError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
q = argparse.ArgumentParser(prog="q", conflict_handler="resolve")
q.add_argument("-x", "--ex", help="old")
q.add_argument("-x", help="new")
q.print_help()
