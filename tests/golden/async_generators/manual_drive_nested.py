# Driving async generators by hand (asend/aclose send(None)), one nesting another with async for, freed at exit.
async def agen():
    try:
        yield 1
    finally:
        print("fin")
g = agen()
g.__anext__().send(None) if False else None
a = g.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
print(g.ag_running)
try:
    g.aclose().send(None)
except StopIteration:
    print("closed")
async def deep():
    yield 1
    async for x in agen():
        yield x
g = deep()
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print(run(g.__anext__()), run(g.__anext__()))
del g
print("end")
