# format() of IntEnum/StrEnum members with and without a spec, and a custom __str__.
from enum import IntEnum, StrEnum, Enum


class Level(IntEnum):
    LOW = 1
    HIGH = 10

    def __str__(self):
        return self.name.lower()


class Tone(StrEnum):
    SOFT = "soft"


class Plain(Enum):
    A = 1


print(f"{Level.LOW}", f"{Level.HIGH:04d}", format(Level.HIGH, "x"), str(Level.LOW))
print(f"{Tone.SOFT}", f"[{Tone.SOFT:^8}]", f"{Plain.A}", f"[{Plain.A:>10}]")
print(int.__format__(Level.HIGH, "b"), "{:>3}".format(Level.LOW))
try:
    Level.LOW.name = "x"
except AttributeError as e:
    print(e)
