# print_exception(exc) and print_exception(etype, value, tb) with limit and file, and their errors.
import sys
import traceback


def outer():
    inner()


def inner():
    raise ValueError("inner failed")


try:
    outer()
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, file=sys.stdout)
    traceback.print_exception(e, limit=-1, file=sys.stdout)
    traceback.print_exception(type(e), e, None, file=sys.stdout)
    try:
        traceback.print_exception(ValueError, e)
    except ValueError as err:
        print("ValueError:", err)
    try:
        traceback.format_exception(42)
    except TypeError as err:
        print("TypeError:", err)
print(traceback.format_exception(None))
print(traceback.format_exc(), end="")
