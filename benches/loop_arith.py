# A while loop and a for loop summing ints and floats.
def run(n):
    total = 0
    f = 0.0
    i = 0
    while i < n:
        total += i % 7
        f += 0.5
        i += 1
    for j in range(n):
        total += j * 3 - 1
        f = f * 0.999 + 1.0
    return total, round(f, 6)


print(run(4_000_000))
