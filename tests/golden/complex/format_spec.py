# format() and f-strings with complex specs: types e f g n, width, fill, align, sign, #, grouping.
z = 1 + 2j
specs = ["", "10", "<12", "^14", "*>16", ".2f", "+.3e", ".2", "g", "G", "n", "#", "#.0f",
         " ", "+", "_.1f", ",", "-^20.3g", ".0f", "E", "F"]
for s in specs:
    print(repr(s), repr(format(z, s)))
print(format(2j, ".2"), format(-2j, " g"), format(1234567.5 + 2j, ","), format(1234567.5 + 2j, ",.2f"))
print(format(complex(float("nan"), float("inf")), "F"), format(1.5 + 0j, ".0f"), format(-0.0 - 0j, "z.1f"))
print(format(1e20 + 1e20j, ""), format(1e20 + 1e20j, "g"), format(123.456 + 0.001j, ".2g"))
print(f"{z:>10}|{z:.1f}|{-z!r:>12}", "{:*^15.1f}".format(z), "{0.real:.1f}".format(z))
