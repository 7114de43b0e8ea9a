# Conditional patterns (?(id)yes|no) and (?(name)yes|no).
import re

quoted = re.compile(r"(?P<q>\")?\w+(?(q)\")$")
for s in ['"hi"', "hi", '"hi', 'hi"']:
    print(repr(s), bool(quoted.match(s)))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.match(r"(<)?\d+(?(1)>)", "<12>").group(), re.match(r"(<)?\d+(?(1)>)", "12").group())
print(re.findall(r"(\()?\d(?(1)\))", "(1) 2 (3"))
