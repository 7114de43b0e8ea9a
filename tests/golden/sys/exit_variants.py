# sys.exit with None, ints, strings and tuples: SystemExit's code and args.
import sys

for arg in ((), (None,), (0,), (3,), ("message",), ((1, 2),)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
sys.exit("fatal: bad input")
