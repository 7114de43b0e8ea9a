# printf-style % formatting: %s %d %i %f %r %x %o %e %%, widths, tuples and dicts.
print("%s %d %5.2f %r" % ("s", 42, 3.14159, "r"))
print("%-6s|%6s|%06d|%+d|%x|%X|%o|%e|%%" % ("ab", "cd", 42, 5, 255, 255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36}, "%s" % [1, 2], "%s" % (1,))
print("%.3s|%c|%c|%5.1f%%" % ("abcdef", 65, "z", 99.44), "%i" % 3.9)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
