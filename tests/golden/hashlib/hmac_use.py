# hmac: MACs with names, constructors and modules as digestmod, long keys, copy, compare_digest.
import hashlib
import hmac

key = b"secret-key"
m = hmac.new(key, b"message", hashlib.sha256)
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m2 = hmac.new(key, digestmod="sha1")
m2.update(b"mess")
snapshot = m2.copy()
m2.update(b"age")
print(m2.hexdigest(), snapshot.hexdigest())
print(hmac.digest(b"k" * 200, b"data", "sha512").hex()[:32], hmac.new(b"", b"", "md5").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
for call in [lambda: hmac.new(key), lambda: hmac.new("str", b"m", "sha256"),
             lambda: hmac.compare_digest("a", b"a"), lambda: hmac.compare_digest("é", "é"),
             lambda: hmac.compare_digest(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
