# bytes.decode error handlers and CPython's UnicodeDecodeError texts for UTF-8 and ASCII.
samples = [b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80x", b"\xf0\x9f\x98", b"\xc0\xaf", b"ok\x80\x80ok"]
for data in samples:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e)
    print([data.decode("utf-8", h) for h in ("replace", "ignore", "backslashreplace")])
try:
    b"ab\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(b"ab\xe9\xff".decode("ascii", "replace"), b"ab\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print(e)
print(bytearray(b"caf\xc3\xa9").decode())
