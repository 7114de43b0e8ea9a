# Async generators freed outside a loop: ignoring GeneratorExit, or raising in finally, is reported as 'Exception ignored in'.
async def agen():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = agen()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
del g
print("after del")
async def agen2():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = agen2()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
del g
print("end")
