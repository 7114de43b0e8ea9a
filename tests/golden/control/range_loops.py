# for over range with negative steps, and loop variables after the loop.
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(0, -5, -1):
    print(i, end=" ")
print()
print(list(range(5, 5)), list(range(5, 0)), list(range(-3, 3, 2)))
total = 0
for i in range(1, 101):
    total += i
print(total, i)
