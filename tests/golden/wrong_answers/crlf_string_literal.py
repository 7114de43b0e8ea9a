# A line break inside a string literal of a CRLF (or CR) source file reads as \n.
s = """first
second
third"""
print(repr(s))
print(repr("a\
b"))
print(len(s.splitlines()), "\r" in s)
