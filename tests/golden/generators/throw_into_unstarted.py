# An exception thrown into a generator that has not started is reported at its def line, without carets.
def gen():
    x = 1
    yield x


g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_lineno, tb.tb_frame.f_code.co_name)
print(next(g, "exhausted"))

g2 = gen()
g2.throw(KeyError("uncaught"))
