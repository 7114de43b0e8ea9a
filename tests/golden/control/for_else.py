# for/else: else runs on exhaustion, not after break; loop variable keeps its last value.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
for k in range(3):
    pass
print("k =", k)
for z in []:
    pass
else:
    print("else of empty for")
