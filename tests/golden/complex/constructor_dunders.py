# complex() uses __complex__ first, then __float__ or __index__; bad returns are TypeErrors.
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.5
class Nothing:
    pass
print(complex(C()), complex(C(), 1), complex(F()), complex(F(), F()), complex(I(), I()))
print(complex(C(), F()), complex(F(), 2j))
for obj in [Bad(), Nothing()]:
    try:
        complex(obj)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, Nothing()), (1, C())]:
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)
