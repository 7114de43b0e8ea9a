# total_ordering derives the missing comparisons; NotImplemented passes through; no root raises.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2))
print(sorted([b, a, Version(0, 9)], reverse=True)[0].parts)
print(Version.__gt__.__name__)
try:
    a <= 3
except TypeError as e:
    print(e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
