# extract_stack/format_stack/print_stack and sys._getframe with f_back, f_code, f_lineno.
import sys
import traceback


def show():
    stack = traceback.extract_stack()
    print([(f.name, f.lineno) for f in stack])
    print("".join(traceback.format_stack(limit=2)), end="")
    traceback.print_stack(limit=1, file=sys.stdout)
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    print(sys._getframe(2).f_back)
    print(f.f_globals is globals(), f.f_back.f_locals["n"])


def caller(n):
    show()


caller(7)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
