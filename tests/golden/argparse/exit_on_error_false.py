# exit_on_error=False raises ArgumentError instead of exiting; its str names the argument.
import argparse

p = argparse.ArgumentParser(prog="t", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices=["a"])
for args in (["--n", "x"], ["--c", "b"]):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as e:
        print(type(e).__name__, "|", e, "|", e.argument_name, "|", e.message)
