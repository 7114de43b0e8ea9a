# __match_args__ must be a tuple of strings; duplicate attributes; non-type class patterns.
class L:
    __match_args__ = ["a"]
class N:
    __match_args__ = (1,)
class P:
    __match_args__ = ("x",)
    x = 1
def t(subject, which):
    try:
        match subject:
            case L(1) if which == 0:
                pass
            case N(1) if which == 1:
                pass
            case P(1, x=1) if which == 2:
                pass
            case len() if which == 3:
                pass
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
t(L(), 0)
t(N(), 1)
t(P(), 2)
t(3, 3)
