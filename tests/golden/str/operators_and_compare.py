# str in, *, comparison, ordering by code point, and immutability of methods.
s = "Hello"
print("ell" in s, "L" in s, s * 2, s < "hello", s.lower() == "hello", "a" * 3 + "b")
t = s
t += " world"
print(s, t, s is not t)
print(sorted(["b", "B", "a", "A", "_", "1"]), max("hello"), min("hello"))
