# Errors of the compiler and symbol table: no text for <string>, symtable errors keep args=(msg,); exec/eval raise the same.
sources = [
    "return 5",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    global x\n",
    "for i in []:\n    pass\nbreak",
]
for s in sources:
    try:
        compile(s, "<string>", "exec")
    except SyntaxError as e:
        print(e.args)
        print("  ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("  ", str(e))
try:
    exec("x = (")
except SyntaxError as e:
    print(str(e), repr(e.text), e.offset)
try:
    compile("x = (", "myfile.py", "exec")
except SyntaxError as e:
    print(str(e), e.filename, e.lineno)
e = SyntaxError("m", ("f.py", 1, 2, "txt", 1, 3))
print(e.msg, e.filename, e.offset, e.end_offset, e.print_file_and_line, str(e))
