# int() of a non-numeric string: "invalid literal for int() with base 10: 'x'".
value = "x"
print(int(value))
