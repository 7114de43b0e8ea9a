# re.error messages and positions for malformed patterns, as CPython's parser words them.
import re

for pattern in ["(", "a)", "a**", "*a", "(?<x)", r"\q", "[a-", "[z-a]", r"[\d-z]",
                "(?P<a>x)(?P<a>y)", "(?P=zz)", r"(a)\2", "(?#comment", "a{2,1}", "(?P<1>x)",
                "(?i", "a(?i)b", "(?z)", r"\x4", "(?(1)a|b)", "(?<=a+)b", r"\N{NOT A NAME}"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e, "| msg:", e.msg, "pos:", e.pos)
