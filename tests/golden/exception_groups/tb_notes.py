# Notes are printed after the exception line, inside groups behind the margin, multi-line too.
def g():
    e = ValueError("v")
    e.add_note("first note")
    e.add_note("two\nlines")
    raise e

try:
    g()
except ValueError as e:
    err = e
group = ExceptionGroup("with notes", [err, TypeError("t")])
group.add_note("group note")
raise group
