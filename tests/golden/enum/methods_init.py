# Members with tuple values and __init__, properties, methods, custom __str__.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Status(Enum):
    OK = "ok"
    FAIL = "fail"

    def __str__(self):
        return self.value.upper()

    def describe(self):
        return f"{self.name} means {self.value!r}"

    @classmethod
    def default(cls):
        return cls.OK


print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), repr(Planet.MERCURY))
print(Status.FAIL, f"{Status.OK}", Status.FAIL.describe(), Status.default())
print({Planet.EARTH: 1}, Status.OK == Status("ok"), Status.OK != Status.FAIL)
