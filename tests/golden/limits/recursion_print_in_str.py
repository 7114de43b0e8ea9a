# print(self) inside __str__ recurses through print's str; CPython's count and message.
n = 0


class A:
    def __str__(self):
        global n
        n += 1
        print(self)
        return "a"


try:
    print(A())
except RecursionError as e:
    print(e, n)
