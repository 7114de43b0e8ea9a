# message, exceptions (a tuple), args, str with sub-exception counts, repr, the MRO.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg))
print(repr(eg))
print(eg.args)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.exceptions is eg.exceptions)
print(str(ExceptionGroup("one", [ValueError(1)])))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup))
nested = BaseExceptionGroup("outer", [eg, KeyboardInterrupt()])
print(type(nested).__name__, repr(nested))
print(eg.__dict__)
try:
    raise eg
except Exception as e:
    print("caught as Exception:", e is eg)
