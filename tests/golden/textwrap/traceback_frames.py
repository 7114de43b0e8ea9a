# Errors through textwrap's functions: the frames and messages of CPython's.
import sys
import textwrap
import traceback

for call in (lambda: textwrap.wrap(42), lambda: textwrap.fill("a b c", width=0),
             lambda: textwrap.dedent(None), lambda: textwrap.shorten("abc", 2)):
    try:
        call()
    except (TypeError, ValueError, AttributeError):
        traceback.print_exc(file=sys.stdout)
