# PEP 560: a base with __mro_entries__ is replaced; __orig_bases__ keeps the original.
class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        return (self.real,)
class Base:
    def hello(self):
        return "hello"
class Child(Proxy(Base)):
    pass
print(Child.__bases__, Child().hello(), type(Child.__orig_bases__[0]).__name__)
class FromList(list[int]):
    pass
print(FromList.__bases__, FromList([1, 2]), FromList.__orig_bases__)
