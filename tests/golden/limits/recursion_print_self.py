# print(self) inside __str__: the traceback repeats the print line as CPython counts it.
class A:
    def __str__(self):
        return "[" + "%s" % (self,) + "]"


print(A())
