# An f-string of self inside __str__ goes through object.__format__: "while calling a Python object".
n = 0


class A:
    def __str__(self):
        global n
        n += 1
        return f"<{self}>"


try:
    print(A())
except RecursionError as e:
    print(e, n)
