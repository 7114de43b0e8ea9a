# A __str__ recursing through str(self): CPython's call check until the call site is specialised shifts the count.
n = 0


class A:
    def __str__(self):
        global n
        n += 1
        return str(self)


try:
    str(A())
except RecursionError as e:
    print(e, n)


class B:
    def __str__(self):
        return "<" + str(self) + ">"


print(B())
