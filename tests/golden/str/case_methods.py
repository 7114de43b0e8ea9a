# upper/lower/title/capitalize/swapcase/casefold, including non-ASCII letters.
s = "hello wORLD, it's 3am"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("straße".upper(), "ÉCOLE".lower(), "İ".lower() == "i̇", "ǆ".title(), "ß".casefold())
