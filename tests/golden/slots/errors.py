# Invalid __slots__ declarations raise CPython's errors at class creation.
def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def conflict():
    class C:
        __slots__ = ("x",)
        x = 1


def not_str():
    class C:
        __slots__ = ("a", 1)


def not_ident():
    class C:
        __slots__ = ("a b",)


def var_sized():
    class C(int):
        __slots__ = ("extra",)


def layout():
    class A:
        __slots__ = ("a",)

    class B:
        __slots__ = ("b",)

    class C(A, B):
        pass


def dict_twice():
    class A:
        pass

    class B(A):
        __slots__ = ("__dict__",)


for f in (conflict, not_str, not_ident, var_sized, layout, dict_twice):
    attempt(f)


class Fine:
    __slots__ = ("x",)
    y = 2


print(Fine.y)
