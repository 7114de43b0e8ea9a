# str() of an object whose __str__ formats itself with % hits PyObject_Str's check: "while getting the str".
n = 0


class A:
    def __str__(self):
        global n
        n += 1
        return "%s" % (self,)


try:
    print(A())
except RecursionError as e:
    print(e, n)
