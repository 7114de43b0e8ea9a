# hashlib: every guaranteed algorithm's digest, incremental update, copy, the object's attributes.
import hashlib

for name in sorted(hashlib.algorithms_guaranteed - {"shake_128", "shake_256"}):
    h = hashlib.new(name, b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", bytearray(b"jumps")]:
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], len(h.digest()))
print(hashlib.md5("Coil".encode()).hexdigest(), hashlib.sha1(string=b"x").hexdigest())
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2s(b"abc", digest_size=8).hexdigest())
print(hashlib.sha256(b"x", usedforsecurity=False).hexdigest()[:16], type(h).__name__, repr(h)[:22])
