# User exception classes: args, custom __init__ and __str__, and hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(name, 404)
        self.name = name
    def __str__(self):
        return f"{self.name} not found"
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e.args, str(e), repr(e), e.name)
e = AppError("a", 1)
print(e.args, str(e), repr(e))
print(str(AppError()), repr(AppError()), str(AppError("only")))
print(NotFound.__mro__[1:])
