# complex has no ordering: <, <=, >, >=, sorted and max raise TypeError.
for expr in ["1j < 1", "1 <= 1j", "1j > 2j", "2.0 >= 1j", "sorted([2j, 1j])", "max(1j, 2j)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(sorted([3j, 1, -2j], key=abs), max(1j, -2j, key=abs))
1j < 0
