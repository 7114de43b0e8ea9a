# isinstance/issubclass with nested tuples of classes and error for non-class arguments.
print(isinstance(3, (str, (float, int))), isinstance("s", ()), issubclass(bool, (str, (int,))))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
