# replace(), fields(), is_dataclass() and their errors.
from dataclasses import dataclass, field, replace, fields, is_dataclass, MISSING


@dataclass
class User:
    name: str
    age: int = 0
    uid: int = field(default=-1, init=False)


u = User("ann", 30)
v = replace(u, age=31)
print(v, u, v is u)
print([(f.name, f.default is MISSING, f.default_factory is MISSING) for f in fields(u)])
print(is_dataclass(User), is_dataclass(u), is_dataclass(dict), is_dataclass(3))
try:
    replace(u, uid=5)
except ValueError as e:
    print(e)
try:
    replace(u, nick="a")
except TypeError as e:
    print(e)
try:
    fields(object())
except TypeError as e:
    print(e)
print(repr(MISSING).startswith("<dataclasses._MISSING_TYPE object"))
