# Driving an async generator by hand with send() on its awaitables, no event loop.
async def agen():
    yield 1
    yield 2

g = agen()
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
c = agen().aclose()
try:
    c.send(None)
except StopIteration:
    print("aclose of unstarted: StopIteration")
