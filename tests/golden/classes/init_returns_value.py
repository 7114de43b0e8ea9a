# __init__ returning a value is a TypeError raised at the call, after __init__ ran.
class Bad:
    def __init__(self, v):
        print("init ran")
        return v


for v in (None, 0, "s"):
    try:
        print(type(Bad(v)).__name__)
    except TypeError as e:
        print("TypeError:", e)


def build():
    return Bad([1])


build()
