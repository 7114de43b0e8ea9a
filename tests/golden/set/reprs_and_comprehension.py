# Set reprs of small ints, the empty set, set comprehensions, and sorted() of string sets.
print({3, 1, 2}, set(), {0}, {x % 4 for x in range(10)}, set(range(5)))
words = {"pear", "apple", "fig"}
print(sorted(words), len(words), "fig" in words)
print(sorted({c for c in "hello"}), {-1, -2} == {-2, -1})
