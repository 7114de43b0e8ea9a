# obj.__class__ = D switches behaviour between compatible classes; incompatible layouts raise TypeError.
class On:
    def press(self):
        print("on -> off")
        self.__class__ = Off


class Off:
    def press(self):
        print("off -> on")
        self.__class__ = On


s = Off()
s.count = 0
for _ in range(3):
    s.press()
print(type(s).__name__, isinstance(s, On), s.count)


class Slotted:
    __slots__ = ("x",)


class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1("msg")
e.__class__ = E2
print(repr(e), isinstance(e, E2))
for target in (int, 3, Slotted, E1):
    try:
        s.__class__ = target
    except TypeError as ex:
        print("TypeError", ex)
try:
    del s.__class__
except TypeError as ex:
    print("TypeError", ex)
