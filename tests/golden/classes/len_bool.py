# __len__ and __bool__ drive truthiness; __bool__ wins; bad return types raise TypeError.
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(len(L(3)), bool(L(0)), bool(L(2)), bool(B()), len(B()))
print("yes" if L(1) else "no", not L(0))
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)
class Bad2:
    def __bool__(self):
        return 1
try:
    bool(Bad2())
except TypeError as e:
    print("TypeError:", e)
