"""Regenerates ast_cases.txt: each case's source and CPython 3.11's AST for it, in the
compact format tests/ast_dump.rs prints (fields as ast.dump, None omitted, expression
and statement spans as byte offsets). Run: python3.11 parser/tests/ast_oracle.py"""
import ast, os, sys

CASES = r'''
x = 1
a = b = c
a, *b = c
x.y[1] = 2
x += 1
x: int = 1
(x): int
del a, b[1], c.d
-2**2
2**-1
a + b * c - d / e // f % g @ h
a | b ^ c & d << e >> f
not a and b or c
a < b <= c != d is not e not in f in g is h
a if b else c
lambda x, y=1, *a, z, w=2, **k: x
lambda: 0
f(a, *b, c=1, **d)
f(x for x in y)
f(a)(b)[c].d
a[1:2, ::3]
a[1:]
a[*b]
a[x:=1]
(x := 5)
[1, 2, *a]
(1,)
()
(a, b)
{}
{1: 2, **a}
{1, 2}
[x for x in y if x if z for w in x]
{k: v for k, v in d}
{x async for x in y}
await f(x)
'a' 'b'
b'a' b'c'
f'a{x!r:>{w}}b' 'c'
f'{x=}'
f'{x = :>4}'
f"{ {'a': 1}['a'] }"
1.5 + 2j + 0x10 + 0o7 + 0b1 + 1_000
...
True, False, None
if a:
    pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    continue
for a, b in c:
    pass
async def f(a, /, b, *, c):
    async for x in y:
        await z
    async with a as b, c:
        pass
@dec
@dec2(1)
class A(B, metaclass=M):
    x = 1
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
with (open(a) as f, open(b) as g):
    pass
with (a, b) as c:
    pass
import a.b as c, d
from . import x
from ..m import (a as b, c,)
from m import *
global a, b
assert x, "msg"
raise E from F
raise
return *a, b
yield x
x = yield from y
def g():
    return
x = a; y = b;
if x: pass
def h(x: int = 1, *args: str, **kw: float) -> None: pass
print(*args, sep='')
match x, *y:
    case [1, -2, *rest] | (3, *rest) if rest:
        pass
    case {"k": None, C.d: True, **kw}:
        pass
    case Point(0, y=_) as p:
        pass
    case 'a' 'b' | b'c' | False:
        pass
    case _:
        pass
match = 1
match.x = case
'''

def cases():
    # Cases are separated by lines starting at column 0 that are not block parts.
    out, cur = [], []
    for line in CASES.strip('\n').split('\n'):
        cont = line.startswith((' ', 'elif', 'else', 'except', 'finally', 'class', 'def', 'async def')) and cur
        if cur and cur[-1].startswith('@'):
            cont = True
        if not cont and cur:
            out.append('\n'.join(cur))
            cur = []
        cur.append(line)
    if cur:
        out.append('\n'.join(cur))
    return out

SKIP = {'ctx', 'type_comment', 'kind', 'type_ignores'}

def dump(src):
    tree = ast.parse(src)
    raw = src.encode()
    starts = [0]
    for i, b in enumerate(raw):
        if b == 10:
            starts.append(i + 1)
    def off(line, col):
        return starts[line - 1] + col
    def d(n):
        if isinstance(n, ast.AST):
            parts = []
            for f in n._fields:
                if f in SKIP:
                    continue
                v = getattr(n, f, None)
                if v is None:
                    continue
                parts.append(f"{f}={d(v)}")
            s = f"{type(n).__name__}({', '.join(parts)})"
            if isinstance(n, (ast.stmt, ast.expr)):
                s += f"@{off(n.lineno, n.col_offset)}:{off(n.end_lineno, n.end_col_offset)}"
            return s
        if isinstance(n, list):
            return '[' + ', '.join(d(x) for x in n) + ']'
        return repr(n)
    return d(tree)

with open(os.path.join(os.path.dirname(__file__), 'ast_cases.txt'), 'w') as fh:
    for src in cases():
        fh.write('=== source\n' + src + '\n=== ast\n' + dump(src) + '\n')
