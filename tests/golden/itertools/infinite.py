# count, cycle, repeat: values and reprs, including after advancing.
import itertools
c = itertools.count(5)
print(c, next(c), next(c), c)
print(itertools.count(), itertools.count(1, 2), itertools.count(0.5, 0.25), itertools.count(3, -1))
print(list(itertools.islice(itertools.count(1, 0.5), 4)))
r = itertools.repeat("a", 3)
print(r, next(r), r, list(r), r)
print(itertools.repeat(None), list(itertools.repeat(1, -5)))
print(list(zip(itertools.cycle("ab"), range(5))))
print(list(map(pow, range(4), itertools.repeat(2))))
print(type(c), type(r).__name__)
