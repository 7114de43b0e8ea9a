# __iter__/__next__ iterator protocol, used by for, list(), unpacking and in.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for i in Countdown(3):
    print(i, end=" ")
print()
print(list(Countdown(4)), 2 in Countdown(5), sum(Countdown(10)))
a, b = Countdown(2)
print(a, b)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
