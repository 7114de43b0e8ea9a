# list.sort in place with key and reverse; it returns None and is stable.
data = [("b", 2), ("a", 2), ("c", 1)]
result = data.sort(key=lambda t: t[1])
print(result, data)
data.sort(reverse=True)
print(data)
nums = [5, -3, 2, -8]
nums.sort(key=abs, reverse=True)
print(nums)
words = ["b", "A", "c"]
words.sort(key=str.lower)
print(words)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
