# Builtin functions, types and methods carry CPython's docstrings.
print(len.__doc__)
print(print.__doc__.splitlines()[0])
print(str.upper.__doc__)
print("abc".split.__doc__.splitlines()[0])
print(int.__doc__.splitlines()[0])
print(list.append.__doc__, dict.fromkeys.__doc__)
print(ValueError.__doc__, KeyError.__doc__)
print(len.__text_signature__, str.upper.__text_signature__, sorted.__text_signature__)
print((5).__doc__ == int.__doc__, bytes.hex.__doc__.splitlines()[0])


class Mine:
    pass


def f():
    pass


print(Mine.__doc__, Mine().__doc__, f.__doc__)
print(isinstance(dir.__doc__, str), isinstance(type.__doc__, str))
