# Enum('Name', ...) with a string, a list, pairs, a dict; start=.
from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Fruit = Enum("Fruit", "apple, banana", start=10)
print(list(Fruit))
Pairs = Enum("Pairs", [("A", "x"), ("B", "y")])
print(Pairs.B, Pairs("x"))
Mapped = IntEnum("Mapped", {"LOW": 1, "HIGH": 9})
print(repr(Mapped.HIGH), Mapped.LOW + 1)
print(Enum("L", ["ONE", "TWO"]).TWO.value)
