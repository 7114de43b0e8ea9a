# isinstance/issubclass call the metaclass's __instancecheck__ and __subclasscheck__.
class Even(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is bool
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber))
print(isinstance(4, (str, EvenNumber)), issubclass(bool, EvenNumber), issubclass(int, (EvenNumber,)))
print(isinstance(EvenNumber(), EvenNumber))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
