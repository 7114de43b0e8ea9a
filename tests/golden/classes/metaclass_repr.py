# repr() and print() of a class use its metaclass's __repr__ when one is defined.
class Meta(type):
    def __repr__(cls):
        return "<kind %r>" % cls.__name__


class Plain(metaclass=Meta):
    pass


class FromInt(int, metaclass=Meta):
    pass


class NoRepr(type):
    pass


class Other(metaclass=NoRepr):
    pass


print(Plain, repr(FromInt), [Plain, FromInt])
print(type(Plain), Other)
print(f"{Plain!r} {str(Plain)}")
