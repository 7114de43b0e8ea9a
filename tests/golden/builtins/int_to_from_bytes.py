# int.to_bytes and int.from_bytes: byte orders, signed values, defaults (3.11), round trips, errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (0).to_bytes(), (255).to_bytes())
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True), (2**100).to_bytes(13, 'big'))
print((0).to_bytes(0, 'big'), True.to_bytes(1, 'big'), (5).to_bytes(length=3, byteorder='little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), int.from_bytes(b'\x80', signed=True))
for n in [0, 1, -1, 255, -256, 2**63, -2**63 - 1, 12345678901234567890]:
    b = n.to_bytes(12, 'little', signed=True)
    assert int.from_bytes(b, 'little', signed=True) == n
print("round trips ok")
for call in [
    lambda: (256).to_bytes(1, 'big'),
    lambda: (-1).to_bytes(1, 'big'),
    lambda: (128).to_bytes(1, 'big', signed=True),
    lambda: (1).to_bytes(-1, 'big'),
    lambda: (1).to_bytes(1, 'middle'),
    lambda: (1).to_bytes(1, 'big', True),
    lambda: int.from_bytes([256], 'big'),
    lambda: int.from_bytes('ab', 'big'),
    lambda: int.from_bytes(b'\x01', 'sideways'),
]:
    try:
        call()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
