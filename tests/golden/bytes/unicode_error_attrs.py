# UnicodeDecodeError / UnicodeEncodeError carry encoding, object, start, end, reason.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    "caf\xe9!".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    b"\xe9\xe9".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e.start, e.end, isinstance(e, ValueError))
