# BaseException.__reduce__ and __setstate__: class and args, the attribute dict once set.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


print(ValueError(1, 2).__reduce__(), KeyError("k").__reduce__())
print(ValueError().__reduce__())
print(AppError(3).__reduce__())
cls, args, state = AppError(4).__reduce__()
copy = cls(*args)
copy.__setstate__(state)
print(type(copy).__name__, copy.args, copy.code)
e = ValueError("x")
print(e.__setstate__(None), e.__setstate__({"note": "hi"}), e.note, e.__reduce__())
try:
    e.__reduce__(1)
except TypeError as x:
    print(x)
try:
    e.__setstate__(3)
except TypeError as x:
    print(x)
try:
    e.__setstate__({1: 2})
except TypeError as x:
    print(x)
