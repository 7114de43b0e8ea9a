# Arguments are evaluated left to right, before the call, including splats.
def v(x):
    print("arg", x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), *[v(2), v(3)], k=v(4), **{"z": v(5)}))
