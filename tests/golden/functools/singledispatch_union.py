# singledispatch with union types and ABCs; singledispatchmethod on a class.
from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping
@singledispatch
def kind(x):
    return "other"
@kind.register
def _(x: int | float):
    return "number"
@kind.register
def _(x: Mapping):
    return "mapping"
print(kind(1), kind(2.0), kind({}), kind("s"))
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"raw {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:04d}"
    @fmt.register
    def _(self, arg: list):
        return ", ".join(self.fmt(a) for a in arg)
f = Formatter()
print(f.fmt(7), f.fmt("x"), f.fmt([1, "y"]))
