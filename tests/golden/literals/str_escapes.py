# Escape sequences: \n \t \\ \x \u \U \N-less forms, octal, and their reprs.
s = "a\tb\nc\\d\x41\u00e9\U0001F600\101\0"
print(repr(s))
print(len(s))
print("\x7f\x80\xff" == "\u007f\u0080\u00ff")
print(repr("\r\x0b\x0c\a\b"))
print("\u03bb", "\u4e2d\u6587", "caf\xe9")
print(repr("\u200b"), repr("\xa0"), repr("\x1b[0m"))
print("line\
 continued")
