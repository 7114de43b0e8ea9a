# iter() and next() with a default; iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
values = [3, 2, 1, 0, 5]
print(list(iter(lambda: values.pop(0), 0)))
print(values)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
