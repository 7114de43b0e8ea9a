# __class_getitem__, __mro_entries__, __set_name__ and __prepare__ with class keywords.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Marker:
    def __mro_entries__(self, bases):
        return (list,)


class Items(Marker()):
    pass


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Record:
    a = Field()
    b = Field()


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": True}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)


class P(metaclass=Meta, flag=1):
    pass


print(Box[int], Items.__mro__, Items.__orig_bases__[0].__class__.__name__, P.injected)
