# Iterating a list while appending to it sees the new items (index-based iteration).
items = [1, 2, 3]
for x in items:
    if x < 4:
        items.append(x + 3)
    print(x, end=" ")
print()
nums = [1, 2, 3, 4]
for x in nums:
    nums.remove(x)
print(nums)
