# Built-in functions are objects: they have __name__ and compare by identity.
print(len.__name__, abs.__name__, max is max, len == len, sorted is not list.sort)
f = max
print(f(3, 7), [g.__name__ for g in (min, sum, zip)])
