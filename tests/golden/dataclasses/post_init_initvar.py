# __post_init__ runs after the fields are set; InitVar values go to it, not to fields.
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3)
print(r, Rect(1, 2, 10))
print([f.name for f in fields(Rect)], hasattr(r, "scale"))
print(repr(InitVar[int]), repr(InitVar[list]))


@dataclass
class Checked:
    age: int

    def __post_init__(self):
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")


try:
    Checked(-1)
except ValueError as e:
    print(e)
