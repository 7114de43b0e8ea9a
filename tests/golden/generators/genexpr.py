# Generator expressions: lazy, single-pass, and the first iterable is evaluated eagerly.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
try:
    gen = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
nums = [1, 2, 3]
lazy = (n * 10 for n in nums)
nums.append(4)
print(list(lazy))
