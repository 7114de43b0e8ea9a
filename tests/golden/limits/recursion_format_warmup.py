# format(self, spec) inside __format__ and "{}".format(self) inside __str__: CPython's counts and messages.
n = 0


class G:
    def __format__(self, spec):
        global n
        n += 1
        return format(self, spec)


try:
    format(G())
except RecursionError as e:
    print(e, n)
n = 0


class I:
    def __str__(self):
        global n
        n += 1
        return "{}".format(self)


try:
    str(I())
except RecursionError as e:
    print(e, n)
