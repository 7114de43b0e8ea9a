# hashlib's errors: str data, unknown algorithms, non-buffers, digest_size bounds.
import hashlib

h = hashlib.sha256()
for call in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.sha256(5),
             lambda: h.update("x"), lambda: hashlib.blake2b(digest_size=100), lambda: hashlib.md5(b"a", b"b"),
             lambda: hashlib.blake2s(digest_size=0)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
