# Instance method calls and attribute reads and writes in a loop.
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self, k):
        self.count += self.step * k
        return self.count


def run(n):
    c = Counter()
    total = 0
    for i in range(n):
        total += c.bump(i & 3)
        if c.count > 1000:
            c.count = 0
    return total


print(run(1_500_000))
