# Long help strings and descriptions wrap at 78 columns; long invocations move help down.
import argparse

p = argparse.ArgumentParser(
    prog="wrap",
    description="This description is long enough that it has to be wrapped over several lines by the formatter, which reflows whitespace.",
    epilog="And   the   epilog   is   reflowed   too.",
)
p.add_argument("--a-very-long-option-name", metavar="SOMETHING_LONG",
               help="help text that is also quite long and must be wrapped onto a second and maybe a third line of output")
p.add_argument("-s", help="short")
p.add_argument("pos", help="a positional with %(prog)s in its help")
p.print_help()
