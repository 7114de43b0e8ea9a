# bytes.__bytes__ and __getnewargs__, bytes(obj) through __bytes__, subclasses.
class Packet:
    def __bytes__(self):
        return b"\x01\x02"


class Raw(bytes):
    def describe(self):
        return f"Raw({len(self)})"


r = Raw(b"xyz")
print(bytes(Packet()), bytes(r), type(bytes(r)).__name__, r.describe())
print(b"ab".__bytes__(), type(r.__bytes__()).__name__, b"ab".__getnewargs__())
print(b"%s" % Packet(), memoryview(r).tobytes(), memoryview(r).obj is r)
print(isinstance(r, bytes), r == b"xyz", r + b"!", r.upper())


class Bad:
    def __bytes__(self):
        return "not bytes"


try:
    bytes(Bad())
except TypeError as e:
    print("TypeError:", e)
