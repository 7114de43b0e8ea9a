# An exception escaping __del__ is printed as "Exception ignored in" and the program goes on.
class Bad:
    def __del__(self):
        raise ValueError("cannot close")


b = Bad()
del b
print("still running")


class Nested:
    def __del__(self):
        {}["missing"]


Nested()
print("done")
