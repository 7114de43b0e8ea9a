# while/else: the else runs when the condition becomes false, not after break.
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
i = 0
while True:
    i += 1
    if i == 2:
        break
else:
    print("never")
print("after break, i =", i)
while False:
    pass
else:
    print("else of a loop that never ran")
