# SyntaxErrors found by the tokenizer and indentation errors: text without the added newline, CPython's offsets.
sources = [
    "'abc",
    "x = 0777 + 1",
    "y = 1\nx = 1__0 + 3",
    "x = 0x",
    "s = '''abc",
    "for x in range(3):\n    pass\n  y = 1",
    "x = 1\n  y = 2\nz = 3",
    "\tif 1:\n        pass",
]
for s in sources:
    try:
        compile(s, "<string>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.args)
        print("  ", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
