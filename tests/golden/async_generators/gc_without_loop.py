# An async generator dropped outside any loop is closed like a generator: finally runs synchronously.
async def agen():
    try:
        yield 1
    finally:
        print("finally")

g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
del g
print("after del")
