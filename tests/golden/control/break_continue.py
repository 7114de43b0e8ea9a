# break and continue in while and for loops, including inside try/finally.
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
n = 0
while n < 5:
    n += 1
    try:
        if n == 2:
            continue
        if n == 4:
            break
        print("body", n)
    finally:
        print("finally", n)
print("done", n)
