# An uncaught exception raised inside a generator shows the consumer's frame and the generator's.
def numbers():
    yield 1
    raise ValueError("bad number")
def consume():
    for n in numbers():
        print(n)
consume()
