# `a += b` / `a += 1` on locals: ints and floats inline, everything else through __iadd__ or errors.
def f():
    a = [1]
    b = a
    c = [2]
    a += c
    print(a, a is b)
    s = "x"
    s += "y"
    print(s)
    n = 2**62
    n += n
    print(n)
    m = 7
    m -= 10.5
    print(m)
    k = -0.0
    k += 0.0
    print(k)
    q = 1e308
    q *= 10
    print(q)
    t = (1,)
    try:
        t += 1
    except TypeError as e:
        print(e)
    u = 5
    try:
        u //= 0
    except ZeroDivisionError as e:
        print(e)
    v = 2.0
    v **= 0.5
    print(v)


f()
