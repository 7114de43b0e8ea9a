# f-string pieces: ints without spec, bools, negative and big ints, int subclasses, conversions and specs.
class MyInt(int):
    def __format__(self, spec):
        return "MyInt!"


n = -42
print(f"a{n}b{0}c{2**70}d{True}e{MyInt(3)}f{n!r}g{n:5}h{n:x}")
print(f"{1.5}{None}{'s'}{[1, 2]}", f"{''}{''}", f"")
parts = [f"item-{i}:{i * 2}" for i in range(3)]
print(",".join(parts))
