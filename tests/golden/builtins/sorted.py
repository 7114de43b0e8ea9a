# sorted with key and reverse, stability of equal keys, and mixed-type errors.
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [("b", 1), ("a", 1), ("c", 0), ("a", 0)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True))
print(sorted([2, 1], key=None), sorted([]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
