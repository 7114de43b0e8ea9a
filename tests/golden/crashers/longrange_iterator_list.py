# list() of a longrange_iterator too long for ssize_t is OverflowError, not an endless fill (found by coil-fuzz).
for make in (lambda: reversed(range(2**1000)), lambda: iter(range(2**100)), lambda: reversed(range(-2**64, 2**64))):
    it = make()
    print(type(it).__name__)
    try:
        list(it)
    except OverflowError as e:
        print("OverflowError:", e)
print(list(reversed(range(2**70, 2**70 + 3))), list(iter(range(2**64, 2**64 + 2))))
