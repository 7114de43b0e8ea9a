# order=True generates comparisons; frozen=True forbids assignment and adds __hash__.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(0, 9, 9), Version(1, 0, 5), Version(1, 2)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
print(len(set(vs)), hash(Version(1, 2)) == hash((1, 2, 0)))
v = Version(1)
try:
    v.major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(e)
try:
    v.extra = 1
except FrozenInstanceError as e:
    print(e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(e)
