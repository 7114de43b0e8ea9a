# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear.
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend("xy"); a.insert(0, 0); a.insert(100, "end"); a.insert(-1, "pen")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x")
print(a, a.index(2), a.index(5, 2), a.count(1), a.count(9))
b = a.copy()
b.reverse()
print(b, a)
b.clear()
print(b, len(a))
for bad in (lambda: a.remove(99), lambda: a.index(99), lambda: [].pop()):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
