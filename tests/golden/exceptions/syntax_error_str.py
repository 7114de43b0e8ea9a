# str() of a SyntaxError names the file's base name and the line; its tuple argument fills the fields.
for src in ["1 +", "x = (", "a b", "def f(:\n    pass", "return 5"]:
    try:
        compile(src, "/some/dir/calc.py", "exec")
    except SyntaxError as e:
        print(str(e), "|", e.msg, e.filename, e.lineno, e.args[0], e.args[1][:3])
try:
    eval("2 +* 3")
except SyntaxError as e:
    print(f"error: {e}")
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e)
e = SyntaxError("bad thing", ("f.py", 3, 4, "some text", 3, 6))
print(str(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(str(SyntaxError("plain")), str(SyntaxError("m", ("/a/b.py", None, None, None))))
print(str(SyntaxError("m", (None, 7, None, None))), repr(str(SyntaxError())))
