# and/or return one of their operands and short-circuit evaluation.
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or None)
print(t(0) and t(1))
print(t(1) or t(2))
print(t([]) or t("x") and t(0))
print(not [], not [0], None or "default")
x = [] or {} or 0
print(repr(x))
