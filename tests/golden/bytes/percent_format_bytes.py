# bytes % args (PEP 461): %s/%b take buffers or __bytes__, %r/%a are ascii(), numbers as str.
class Tag:
    def __bytes__(self):
        return b"<tag>"

print(b"%s=%d" % (b"x", 42))
print(b"%b|%s|%s" % (bytearray(b"ba"), memoryview(b"mv"), Tag()))
print(b"%r %a %r" % ("caf\xe9", "x", 1.5))
print(b"%c%c%c" % (72, b"i", 33))
print(b"%5s|%-5s|%.2s|%5c" % (b"ab", b"cd", b"efg", 65))
print(b"%*d|%-*.*f|" % (5, 42, 8, 2, 3.14159))
print(b"%e %g %G %E %o %X %#x %#o %u %i %+d % d %05d" % (1.5, 2.25, 1e20, 3.0, 8, 255, 255, 8, 7, -3, 4, 5, -42))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 7})
print(b"100%% sure %s" % b"!")
print(bytearray(b"%s-%s") % (b"a", b"b"), type(bytearray(b"%d") % 1).__name__)
print(b"\xff%s\xfe" % b"\x80", b"%s" % (b"tuple-one",))
print(b"no args" % (), b"mapping unused" % {}, b"%x" % 3.0 if False else b"")
