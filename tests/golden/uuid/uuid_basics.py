# uuid: parsing every form, the representations and fields, name-based UUIDs, errors; uuid1/uuid4 shapes.
import uuid

u = uuid.UUID("12345678123456781234567812345678")
print(repr(u), str(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn)
print(u.version, u.variant, u.time_low, u.node, u.clock_seq, u.time)
for text in ["{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678-1234-5678-1234-567812345678"]:
    print(uuid.UUID(text) == u)
print(uuid.UUID(hex="1" * 32, version=4), uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "x"), uuid.NAMESPACE_OID)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com").version, uuid.RESERVED_NCS, uuid.RFC_4122)
for call in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1),
             lambda: uuid.UUID(bytes=b"x"), lambda: uuid.UUID(int=1, version=9)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(u == uuid.UUID(int=u.int), u < uuid.UUID(int=u.int + 1), hash(u) == hash(u.int), u.is_safe)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t < uuid.uuid1() or True)
try:
    u.int = 5
except TypeError as e:
    print(e)
