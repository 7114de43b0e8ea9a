# Literal deduplication and equality; ClassVar/Final argument checks; Annotated metadata.
from typing import Literal, ClassVar, Final, Annotated
print(Literal[1, 2, 1], Literal[1, 2] == Literal[2, 1], Literal["a"].__args__)
Mode = Literal["r", "w"]
print(Literal[Mode, "a"])
for bad in ["ClassVar[int, str]", "Final[int, str]", "Annotated[int]"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
a = Annotated[int, "unit:m"]
print(a.__metadata__, a.__origin__, Annotated[a, "more"])
