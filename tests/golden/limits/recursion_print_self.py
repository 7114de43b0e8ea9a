# print() of an object whose __str__ concatenates str(self): CPython's repeated-line count and message.
class A:
    def __str__(self):
        return "[" + str(self) + "]"


print(A())
