# VERBOSE: whitespace and comments ignored, except escaped or inside classes.
import re

phone = re.compile(r"""
    (\d{3})   # area code
    [-\s]?    # optional separator
    (\d{4})   # number
""", re.VERBOSE)
print(phone.match("555-1234").groups(), phone.match("555 1234").groups())
print(re.match(r"(?x) a b # comment", "ab"), re.match(r"(?x)a\ b", "a b"), re.match(r"(?x)[ ]a", " a"))
print(re.match(r"(?x: a b ) c", "ab c"))
