# ABCMeta.register: virtual subclasses for isinstance/issubclass, usable as a decorator.
from abc import ABC, ABCMeta
class Serializer(ABC):
    pass
Serializer.register(dict)
@Serializer.register
class Json:
    pass
print(isinstance({}, Serializer), issubclass(Json, Serializer), isinstance([], Serializer))
print(Serializer not in Json.__mro__, issubclass(bool, Serializer))
class Sub(Serializer):
    pass
print(issubclass(Sub, Serializer), isinstance(Sub(), Serializer))
try:
    Serializer.register(3)
except TypeError as e:
    print(e)
try:
    Sub.register(Serializer)
except RuntimeError as e:
    print(e)
print(type(Serializer) is ABCMeta)
