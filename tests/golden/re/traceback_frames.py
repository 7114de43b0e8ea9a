# Errors through re's module functions: re's frames at CPython's lines, none
# for the Pattern and Match methods (C in CPython), the callback's own frame.
import re
import sys
import traceback


def bad_repl(match):
    raise LookupError("no replacement for " + match.group())


for call in (lambda: re.sub(r"\d", bad_repl, "a1"), lambda: re.match("a", "a").group(3),
             lambda: re.search(5, "a"), lambda: re.compile(re.compile("x"), re.I),
             lambda: re.findall("a", 5), lambda: re.compile("b").sub(bad_repl, "abc")):
    try:
        call()
    except Exception:
        traceback.print_exc(file=sys.stdout)
