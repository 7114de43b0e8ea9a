# Large temporary lists and strings are freed as the loop rebinds them.
total = 0
for i in range(50):
    data = [i] * 200_000
    text = "x" * 1_000_000
    total += len(data) + len(text)
print(total)
