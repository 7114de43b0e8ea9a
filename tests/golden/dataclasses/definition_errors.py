# Errors when defining dataclasses: mutable defaults, default order, order without eq.
from dataclasses import dataclass, field


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")


def mutable():
    @dataclass
    class C:
        items: list = []


def mutable_dict():
    @dataclass
    class C:
        d: dict = {}


def order():
    @dataclass
    class C:
        x: int = 1
        y: int


def order_no_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def both():
    field(default=1, default_factory=list)


def unannotated():
    @dataclass
    class C:
        x = field(default=1)


for f in (mutable, mutable_dict, order, order_no_eq, both, unannotated):
    attempt(f)
