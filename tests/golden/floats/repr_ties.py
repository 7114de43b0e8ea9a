# A float exactly halfway between two shortest reprs prints the one with an even last digit.
for x in [1006416650509232.25, -1977503052179993.25, 2107763369747766.25, 1006416650509232.75,
          0.5e16 + 0.25, 4503599627370496.5, 4503599627370497.5, 1.5, 2.5e-320]:
    print(x, repr(-x), str(x), [x])
print(complex(1006416650509232.25, -2107763369747766.25))
