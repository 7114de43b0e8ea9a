# code.co_flags carries CPython's bits: varargs, varkeywords, generator, coroutine, nested.
def plain(a, b=1): pass
def star(*args, **kw): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
def outer():
    def inner(): pass
    return inner
for f in (plain, star, gen, coro, agen, outer(), lambda: 0):
    flags = f.__code__.co_flags
    print(f.__name__, flags & 0x4 != 0, flags & 0x8 != 0, flags & 0x20 != 0, flags & 0x80 != 0,
          flags & 0x200 != 0, flags & 0x10 != 0, flags & 0x3)
