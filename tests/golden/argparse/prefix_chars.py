# prefix_chars='+/' : options start with + or /, help is +h/++help.
import argparse

p = argparse.ArgumentParser(prog="win", prefix_chars="+/")
p.add_argument("+f", action="store_true")
p.add_argument("//bar")
p.add_argument("x", nargs="?")
print(p.parse_args(["+f", "//bar", "Y", "-q"]))
p.print_help()
