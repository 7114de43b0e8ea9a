# Attributes and methods of exception subclass instances, read and written in a loop, keep the exception's own fields.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def describe(self):
        return f"{type(self).__name__}({self.code}) args={self.args}"


class NotFound(AppError):
    pass


class Stop(StopIteration):
    pass


def run():
    out = []
    for i in range(4):
        try:
            raise (NotFound if i % 2 else AppError)(i)
        except AppError as e:
            e.code += 10
            out.append((e.code, e.describe()))
            e.args = ("changed", i)
            out.append(e.args)
    return out


print(run())
s = Stop(7)
print(s.value, s.args)
s.value = 8
print(s.value, s.args)
e = AppError(1)
e.__cause__ = ValueError("v")
print(repr(e.__cause__), e.__suppress_context__, e.__traceback__)
try:
    e.args = 5
    print(e.args)
    e.__traceback__ = 3
except TypeError as err:
    print("TypeError:", err)
