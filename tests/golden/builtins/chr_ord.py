# chr/ord across ASCII, Latin-1, BMP and astral code points, with range errors.
print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(65), chr(233), chr(8364), chr(128512))
print([chr(c) for c in range(97, 102)], chr(0) == "\x00")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
