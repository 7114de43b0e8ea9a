# Traceback objects: tb_frame.f_code.co_name, tb_lineno, tb_next, with_traceback and gi_frame.
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names, type(e.__traceback__).__name__)
    saved = e.__traceback__
try:
    raise KeyError("k").with_traceback(saved)
except KeyError as k:
    t = k.__traceback__
    lines = []
    while t:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print(lines)
def gen():
    local = 1
    yield local
g = gen()
print(g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
list(g)
print(g.gi_frame)
