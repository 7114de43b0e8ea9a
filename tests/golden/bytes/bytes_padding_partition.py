# bytes/bytearray padding and partitioning: ljust, rjust, center, zfill, partition, rpartition, expandtabs.
for data in [b"abc", bytearray(b"abc")]:
    print(data.ljust(6, b"*"), data.rjust(6), data.center(8, b"-"), data.center(7, b"-"), data.ljust(2))
print(b"-42".zfill(6), b"+7".zfill(4), b"x".zfill(3), b"".zfill(2), b"12345".zfill(3), bytearray(b"-1").zfill(4))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(bytearray(b"k: v").partition(b": "), bytearray(b"none").rpartition(b"!"))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(4), b"x\ty\n\tz".expandtabs(2), b"\t".expandtabs(0))
for bad in [lambda: b"a".ljust(3, b"xy"), lambda: b"a".center(3, "x"), lambda: b"a".partition(b""),
            lambda: b"a".partition("a"), lambda: b"a".zfill("3")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
