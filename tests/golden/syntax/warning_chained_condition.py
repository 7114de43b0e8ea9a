# Chained comparisons in conditions warn for each `is` with a literal.
def check(x):
    if 0 < x is not 5:
        return "small"
    while x is "s" and False:
        pass
    return "other"


print(check(1), check(7))
