# __subclasshook__ makes structural checks; NotImplemented falls back to normal rules.
from abc import ABCMeta
class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Circle:
    def draw(self):
        return "o"
class Text:
    pass
print(isinstance(Circle(), Drawable), issubclass(Text, Drawable), issubclass(Circle, Drawable))
class Forced(Drawable):
    pass
print(issubclass(Forced, Drawable))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print(e)
