# CPython's errors for bytes %-formatting.
class S:
    def __str__(self):
        return "S"

cases = [
    lambda: b"%s" % "text", lambda: b"%b" % 1, lambda: b"%s" % S(), lambda: b"%s" % None,
    lambda: b"%c" % 256, lambda: b"%c" % -1, lambda: b"%c" % b"ab", lambda: b"%c" % "a",
    lambda: b"%d" % "x", lambda: b"%x" % 1.5, lambda: b"%f" % "x", lambda: b"%d %d" % (1,),
    lambda: b"%d" % (1, 2), lambda: b"abc" % 5, lambda: b"abc" % b"x",
    lambda: b"%(a)s" % {"a": b"x"}, lambda: b"%(a)s" % (1,), lambda: b"%y" % 1,
    lambda: b"%" % (), lambda: b"%(a" % {}, lambda: b"%*d" % ("x", 1),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
