# C.__weakref__ is the class's descriptor; dir() lists __dict__/__weakref__ where CPython does.
class Dog:
    species = "canis"

    def __init__(self, name):
        self.name = name

    def bark(self):
        return "woof"


class Puppy(Dog):
    pass


class Tight:
    __slots__ = ("a",)


d = Puppy("rex")
print(Dog.__weakref__, Puppy.__weakref__)
shown = ("__dict__", "__weakref__", "name", "bark", "species", "a")
print([n for n in dir(d) if n in shown])
print([n for n in dir(Puppy) if n in shown])
print([n for n in dir(Tight) if n in shown], [n for n in dir(Tight()) if n in shown])
print([n for n in dir(d) if not n.startswith("__")])
try:
    Tight.__weakref__
except AttributeError as e:
    print(e)
