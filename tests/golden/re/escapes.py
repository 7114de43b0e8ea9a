# Escapes: \x \u \U \N{...} octal and \0, control escapes, and escaped metacharacters.
import re

print(re.match(r"\x41\u0042\U00000043\101", "ABCA").group())
print(re.match(r"\N{EM DASH}", "\u2014") is not None, re.match(r"\0", "\0") is not None)
print(re.findall(r"\t|\n|\r", "a\tb\nc\rd"), re.match(r"\.\*\+\?", ".*+?").group())
print(re.match(r"\141\0141", "a\x0c1"), re.match("[\\101-\\103]+", "ABC").group())
print(re.match(r"\$\(\)\[\]\{\}\|\^", "$()[]{}|^").group())
