# __class_getitem__ on user classes is an implicit classmethod; with metaclass __init_subclass__.
class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class Sub(Registry):
    pass
print(Registry[int], Sub["key"], Registry[1, 2])
class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class Leaf(Base, tag="leaf"):
    pass
print(Leaf.tag, Base.subclasses)
print(type(Registry.__dict__["__class_getitem__"]).__name__)
