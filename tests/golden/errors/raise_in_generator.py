# A traceback through a generator frame and the for loop consuming it.
def gen():
    yield 1
    raise ValueError("generator failed")
for x in gen():
    print(x)
