# super() with zero arguments and the explicit super(Class, self) form.
class Base:
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"Base({self.v})"
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Base):
    def __init__(self, v):
        super(Child, self).__init__(v * 2)
    def describe(self):
        return "Child/" + super().describe()
    @classmethod
    def make(cls):
        return "child of " + super().make()
c = Child(5)
print(c.v, c.describe(), Child.make())
print(super(Child, c).describe())
