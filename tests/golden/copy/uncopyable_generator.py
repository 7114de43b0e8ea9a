# copy.copy of a generator: TypeError from __reduce_ex__(4), shown at copy.py's line.
import copy


def numbers():
    yield 1


for make in (numbers, lambda: memoryview(b"ab")):
    try:
        copy.deepcopy(make())
    except TypeError as e:
        print(type(e).__name__, e)
copy.copy(numbers())
