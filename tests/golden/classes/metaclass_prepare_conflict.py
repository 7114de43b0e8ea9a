# __prepare__ supplies the class namespace; unrelated metaclasses conflict with a TypeError.
class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
class R(metaclass=Recording):
    x = 1
print(R.injected, R.x)
class M1(type): pass
class M2(type): pass
class P(metaclass=M1): pass
class Q(metaclass=M2): pass
try:
    class PQ(P, Q): pass
except TypeError as e:
    print(e)
