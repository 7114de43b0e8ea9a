# Unicode strings: len counts code points, indexing, reprs of printable and unprintable chars.
s = "naïve café 日本 😀"
print(s, len(s), s[2], s[-1], s[11:13], s.upper())
print(repr("é\u0301"), len("é\u0301"), repr("\u2028"), repr("\ud7ff"), "ü".encode("utf-8"))
print(ascii(s), sorted("bäa"), "😀" > "z")
print("\N{GREEK SMALL LETTER ALPHA}", "€".encode(), b"\xe2\x82\xac".decode())
