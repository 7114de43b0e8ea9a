# A usage line too long for the width breaks between whole option groups.
import argparse

p = argparse.ArgumentParser(prog="a_rather_long_program_name")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]:
    p.add_argument("--" + name, metavar=name.upper() + "_VALUE")
p.add_argument("input")
p.add_argument("outputs", nargs="*")
p.print_usage()
q = argparse.ArgumentParser(prog="x" * 60)
q.add_argument("--first-option")
q.add_argument("--second-option")
q.add_argument("one")
q.add_argument("two")
q.print_usage()
