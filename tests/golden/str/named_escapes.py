# \N{...} escapes: one name table serves string literals and re patterns (case-insensitive, with aliases).
import re

print(ascii("\N{SPACE}|\N{YEN SIGN}|\N{INFINITY}|\N{LF}|\N{bullet}|\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(re.match(r"\N{YEN SIGN}\N{NULL}\N{heavy black heart}", "\u00a5\0\u2764"))
try:
    re.compile(r"\N{NO SUCH NAME}")
except re.error as e:
    print(e)
