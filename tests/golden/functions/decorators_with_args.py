# Decorator factories taking arguments, and decorators evaluated at definition time.
def repeat(times):
    print("making repeat", times)
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bo"))
def tag(name):
    return lambda fn: (lambda: f"<{name}>{fn()}</{name}>")
@tag("b")
@tag("i")
def text():
    return "t"
print(text())
