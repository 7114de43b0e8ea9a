# Nested loops: break leaves only the innermost loop; a flag escapes both.
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
    print()
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
