# String concatenation, repetition, comparison and membership operators.
print("ab" + "cd", "ab" * 3, 3 * "x", "x" * 0, "x" * -1)
print("a" < "b", "Z" < "a", "abc" < "ab", "é" > "z")
print("abc" == "abc", "abc" != "abd")
print([1] * 3, (0,) * 2, [[0] * 2] * 2)
