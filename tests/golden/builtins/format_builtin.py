# format() with specs, and __format__ on a user class.
print(format(3.14159, ".2f"), format(42, "08b"), format("s", ">4"), format(1234567, ","))
print(format(5), format(0.5, "%"), format(255, "X"), repr(format("", "")))
class Money:
    def __format__(self, spec):
        return f"${spec or 'plain'}"
print(format(Money(), "x"), f"{Money()}", "{:y}".format(Money()))
