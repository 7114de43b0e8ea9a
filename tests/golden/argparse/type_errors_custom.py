# A type= function raising ArgumentTypeError gives its own message; ValueError the generic one.
import argparse

def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError(f"{n} is not even")
    return n

def port(text):
    raise ValueError("nope")

p = argparse.ArgumentParser(prog="t")
p.add_argument("--even", type=even)
p.add_argument("--port", type=port)
print(p.parse_args(["--even", "4"]))
for args in (["--even", "3"], ["--even", "x"], ["--port", "80"]):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)
