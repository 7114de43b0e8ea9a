# Iterating an int: "'int' object is not iterable".
for i in 10:
    print(i)
