# A missing keyword-only argument gets its own message.
def f(a, *, key):
    pass
f(1)
