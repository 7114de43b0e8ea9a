# Builtin exception classes carry CPython's docstrings; user subclasses have their own.
for cls in (Exception, ValueError, KeyError, StopIteration, OSError, ZeroDivisionError):
    print(cls.__name__, "|", cls.__doc__)


class AppError(ValueError):
    "Raised by the app."


class Quiet(ValueError):
    pass


print(AppError.__doc__, Quiet.__doc__, AppError("x").__doc__)
