# bytearray mutation: item and slice assignment, deletion, append/extend/insert/pop/remove, += and *=.
ba = bytearray(b"hello world")
ba[0] = 72
ba[-5:] = b"WORLD!!"
print(ba)
ba[0:0] = [62, 62]
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[::3]
del ba[-2:]
print(ba)
b = bytearray()
b.append(97)
b.extend(b"bc")
b.extend([100, 101])
b.extend(bytearray(b"f"))
b.insert(0, 64)
b.insert(100, 33)
b.insert(-1, 63)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(99)
b.reverse()
print(b, b.copy() is b, b.copy() == b)
c = b
c += b"xyz"
c *= 2
print(b, c is b)
b.clear()
print(b, len(b))
live = bytearray(b"ab")
for x in live:
    if len(live) < 5:
        live.append(x + 1)
print(live)
