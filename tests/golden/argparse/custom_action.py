# A custom Action subclass receives parser, namespace, values and the option string.
import argparse

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError("nargs not allowed")
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print("called with", repr(values), option_string)
        setattr(namespace, self.dest, values.upper())

p = argparse.ArgumentParser(prog="t")
a = p.add_argument("--name", action=Upper, default="none")
p.add_argument("word", action=Upper)
print(p.parse_args(["hi", "--name", "bob"]))
print(a)
try:
    p.add_argument("--bad", action=Upper, nargs=2)
except ValueError as e:
    print("ValueError:", e)
