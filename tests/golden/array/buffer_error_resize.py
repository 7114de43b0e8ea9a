# An array exporting a buffer cannot change size (BufferError); same-size writes are fine.
from array import array

a = array('h', [1, 2, 3])
m = memoryview(a)
for stmt in ("a.append(4)", "a.extend([5])", "a.extend([])", "a.pop()", "a.insert(0, 9)",
             "a.remove(2)", "del a[0]", "a.frombytes(b'ab')", "a.frombytes(b'')",
             "a[0:1] = array('h', [7, 8])", "a[0:1] = array('h', [7])", "a *= 2", "a *= 1",
             "a += array('h', [1])", "a += array('h')", "a.reverse()", "a.byteswap()", "a.fromlist([])"):
    try:
        exec(stmt)
        print("ok  ", stmt, a.tolist())
    except BufferError as e:
        print("fail", stmt, "->", e)
m.release()
a.append(4)
print(a)
with memoryview(a) as v:
    try:
        a.pop()
    except BufferError as e:
        print(e)
a.pop()
print(a, len(a))
