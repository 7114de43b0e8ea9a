# Errors from Generic, TypeVar and subscripted aliases.
from typing import Generic, TypeVar, List, Dict, Any
T = TypeVar("T")
class Box(Generic[T]):
    pass
class Plain:
    pass
tests = ["Box[int, str]", "Generic[int]", "TypeVar('X', int)", "List[int, str]", "Dict[int]",
         "isinstance([], List[int])", "isinstance(1, Any)", "List()", "Generic()", "Generic[T, T]"]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(t, "->", e)
print(isinstance([], List), issubclass(list, List), List[int]([1]) if False else "ok")
