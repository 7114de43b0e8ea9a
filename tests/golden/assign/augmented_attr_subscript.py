# Augmented assignment on attributes and subscripts evaluates the target once.
class Box:
    def __init__(self):
        self.n = 1
        self.items = [10, 20]
calls = []
def key(k):
    calls.append(k)
    return k
b = Box()
b.n += 5
b.items[0] += 1
b.items[key(1)] *= 3
d = {"a": [1]}
d[key("a")] += [2]
print(b.n, b.items, d, calls)
grid = [[0] * 2 for _ in range(2)]
grid[1][0] -= 7
print(grid)
