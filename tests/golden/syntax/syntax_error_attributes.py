# SyntaxError raised by compile() carries CPython's msg, lineno, offset, end_lineno, end_offset, text and args.
sources = [
    "x = (1,",
    "def f(:\n  pass",
    "1 +",
    "x = = 2",
    "if x\n  pass",
    "print 'a'",
    "f(a for a in b, c)",
    "def f():\nreturn 1",
    "1 = x",
    "del f()",
    "None = 3",
    "x = [1, 2",
    "print(1 2)",
]
for s in sources:
    try:
        compile(s, "<string>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.args)
        print("  ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
