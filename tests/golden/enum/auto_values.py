# auto() numbers from 1, continues after explicit values, honours _generate_next_value_.
from enum import Enum, auto


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TEN = 10
    ELEVEN = auto()


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    NORTH = auto()
    SOUTH = auto()


class Pair(Enum):
    A = (auto(), "a")
    B = (auto(), "b")


print(list(Step), Step.ELEVEN.value)
print(list(Name), Name.SOUTH.value)
print(list(Pair))
print(repr(auto()), repr(auto(5)))
