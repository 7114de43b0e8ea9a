# float() from strings including inf/nan spellings, ints and whitespace.
print(float("3.5"), float(" -1e3 "), float("1_0.5"), float(7), float())
print(float("inf"), float("-Infinity"), float("nan"), float("1e500"))
print(float(2 ** 60), float("0x10".replace("0x", "")), float(".5"))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
