# Generator objects: repr, __name__, __qualname__, iter(g) is g.
def counter():
    yield 0
class K:
    def gen(self):
        yield 1
g = counter()
print(g)
print(g.__name__, K().gen().__qualname__, iter(g) is g)
print(repr((x for x in [])).startswith("<generator object <genexpr> at 0x"))
