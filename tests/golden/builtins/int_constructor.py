# int() from floats, strings with bases and whitespace, and bytes-free input.
print(int(3.99), int(-3.99), int("  42  "), int("-0"), int("+7"))
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("1_000"), int("101", 2), int(True), int())
for bad in ["3.5", "", "0x1f", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
