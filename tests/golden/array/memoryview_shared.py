# memoryview(array.array): shared memory, format/itemsize/shape, tolist, slicing, writes both ways.
from array import array

a = array('i', [10, 20, 30, 40])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.ndim, m.readonly, m.obj is a)
print(m.tolist(), m[0], m[-1], len(m))
m[1] = -7
a[2] = 99
print(a, m.tolist(), m[1:3].tolist(), m[::-2].tolist())
m[2:4] = memoryview(array('i', [5, 6]))
print(a)
d = array('d', [0.5, 1.25])
md = memoryview(d)
md[0] = 2.0
print(d, md.format, md.tolist(), md.cast('B').nbytes)
f = array('f', [0.1])
print(memoryview(f)[0], memoryview(f).format)
for code in 'bBhHiIlLqQ':
    v = memoryview(array(code, [1, 2]))
    print(code, v.format, v.itemsize, v.tolist())
u = memoryview(array('u', 'hi'))
print(u.format, u.itemsize, u.nbytes)
for stmt in ("u.tolist()", "u[0]", "m[0] = 'x'", "m[0] = 2**40", "memoryview(d)[0] = 'a'"):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
