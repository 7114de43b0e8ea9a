# sys.set_asyncgen_hooks/get_asyncgen_hooks: script hooks called at first iteration and when freed; the loop's hooks while it runs.
import asyncio, sys

print(sys.get_asyncgen_hooks())
def first(ag):
    print("firstiter", ag.__name__)
def fin(ag):
    print("finalizer", ag.__name__)
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h[1] is fin, len(h))

async def agen():
    try:
        yield 1
    finally:
        print("agen finally")

g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
del g
print("after del: the finalizer ran instead of closing")
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(None, None)

async def main():
    h = sys.get_asyncgen_hooks()
    print(h.firstiter.__name__, h.finalizer.__name__)
    def bad(ag):
        raise ValueError("bad hook")
    sys.set_asyncgen_hooks(firstiter=bad)
    try:
        await agen().__anext__()
    except ValueError as e:
        print("hook raised", e)

asyncio.run(main())
print(sys.get_asyncgen_hooks())
