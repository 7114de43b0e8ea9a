# bytes/bytearray case methods and tests: swapcase, title, capitalize, islower/isupper/istitle/isascii.
for data in [b"hello wORLD 42", b"", b"123", b"Hello World", b"HELLO", b"they're bill's", b"\xe9t\xe9"]:
    print(data.swapcase(), data.title(), data.capitalize(), data.islower(), data.isupper(),
          data.istitle(), data.isascii())
ba = bytearray(b"mIxEd")
print(ba.swapcase(), ba.title(), ba.capitalize(), type(ba.title()).__name__)
