# A tokenizer built from an alternation of named groups, driven by finditer and lastgroup.
import re

TOKENS = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
master = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKENS))
code = "total := price * 1.5 + tax;\nif x := 3 ? 4;"
line = 1
start = 0
for mo in master.finditer(code):
    kind, value = mo.lastgroup, mo.group()
    col = mo.start() - start
    if kind == "NEWLINE":
        line += 1
        start = mo.end()
        continue
    if kind == "SKIP":
        continue
    if kind == "NUMBER":
        value = float(value) if "." in value else int(value)
    print(f"{kind:8} {value!r:10} line {line} col {col}")
print(master.groups, sorted(master.groupindex)[:3])
