# The unparsed annotation text follows CPython's spacing and precedence rules.
from __future__ import annotations
class A:
    a: lambda x, y=1: x + y * (2 ** -z)
    b: (a if b else c)
    c: a.b[1:2, ::3]
    d: not a and b or c
    e: {1: 'x', **d}
    f: [i for i in range(3) if i]
    g: f"x{y!r:>{w}}"
    h: -1 + ~2
    i: (1, 2)
    j: 1 .real
    k: 3.5e10 + 1j
    l: b'x'
    m: a < b <= c is not d
    n: ()
    o: x[()]
    p: f(*a, k=1, **kw)
    q: {1, 2}
    r: (a + b) * c - d ** e ** f
    s: (-x) ** 2
for k, v in A.__annotations__.items():
    print(k, repr(v))
