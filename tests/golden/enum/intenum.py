# IntEnum: members are ints; 3.11 str() and format() give the int, repr the member.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, str(Priority.HIGH), repr(Priority.MEDIUM))
print(f"{Priority.HIGH}", f"{Priority.LOW:03d}", "{:>4}".format(Priority.MEDIUM))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), Priority(5), int(Priority.HIGH), isinstance(Priority.LOW, int))
print({1: "one"}[Priority.LOW], [10, 20][Priority.LOW], hash(Priority.HIGH) == hash(10))
try:
    Priority(3)
except ValueError as e:
    print("ValueError:", e)
