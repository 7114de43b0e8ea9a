# str(x) and int(x) of ints and strs (the direct path) and every text it must leave to the general one.
for t in ["0", "-0", "007", "123456789012345678", "1234567890123456789", "-999999999999999999",
          " 12", "12 ", "+5", "1_000", "٣", "-", "", "0x10", "1.5", "99999999999999999999999"]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
print(str(0), str(-12), str(2**62), str("abc"), str(""), int(-7), int(True), str(True))
print(type(str(5)).__name__, type(int("5")).__name__)


class S(str):
    pass


class I(int):
    pass


print(type(str(S("x"))).__name__, type(int(I(3))).__name__, repr(str(S("x"))))
s = ""
for i in range(30):
    s += str(i % 10)
    s = s + "-"
print(s, len(s))
try:
    s += 1
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
