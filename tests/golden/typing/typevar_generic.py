# TypeVar reprs and Generic classes: parameters, subscription, __orig_class__.
from typing import TypeVar, Generic, List, Dict
T = TypeVar("T")
K = TypeVar("K", covariant=True)
V = TypeVar("V", contravariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
print(T, K, V, N.__constraints__, B.__bound__, T.__name__)
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(s.pop(), Stack.__parameters__, Stack[int], Stack[int].__args__, s.__orig_class__)
class Pair(Generic[K, V]):
    pass
print(Pair[int, str], Dict[str, List[T]][int], List[T])
class IntStack(Stack[int]):
    pass
print(IntStack.__parameters__, IntStack.__orig_bases__, IntStack.__mro__[1].__name__)
