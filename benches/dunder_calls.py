# Script-defined dunders reached from builtins and operators: len(), bool() and
# truthiness, `in`, `[]`, `==`, `<`, iteration over an instance.
class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x < 10

    def __getitem__(self, i):
        return self.items[i]

    def __eq__(self, other):
        return self.items is other.items

    def __lt__(self, other):
        return len(self.items) < len(other.items)


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        i = self.i
        if i >= self.n:
            raise StopIteration
        self.i = i + 1
        return i


def run(n):
    a = Box([1, 2, 3])
    b = Box([1, 2])
    total = 0
    for i in range(n):
        total += len(a)
        if a:
            total += 1
        if i in a:
            total += 1
        total += a[i & 1]
        if a == b:
            total += 1
        if b < a:
            total += 1
    for x in Count(n):
        total += x
    return total


print(run(300_000))
