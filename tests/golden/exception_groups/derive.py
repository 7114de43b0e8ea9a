# derive(excs) builds BaseExceptionGroup(self.message, excs); subclasses override it for split.
eg = ExceptionGroup("msg", [ValueError(1)])
d = eg.derive([KeyError(3)])
print(type(d).__name__, repr(d))
print(type(eg.derive([KeyboardInterrupt()])).__name__)

class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)

g = MyEG("mine", [ValueError(1), TypeError(2)], 42)
print(repr(g), g.code, g.args)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__)

class Plain(ExceptionGroup):
    pass

p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__)
try:
    Plain("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)
