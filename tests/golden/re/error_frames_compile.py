# re.compile('(') uncaught: the traceback goes through re/_compiler.py and re/_parser.py as CPython's.
import re

for pattern in ["a)", "*a", "[b-a]", r"\q", "(?P<1>x)", "(?<=a+)b", "x{99999999999}"]:
    try:
        re.compile(pattern)
    except (re.error, OverflowError) as e:
        print(type(e).__name__, e)
re.compile("(")
