# Iterating a string yields one-character strings; enumerate, reversed and sets.
for ch in "héy":
    print(ch, ord(ch), end="; ")
print()
print(list("abc"), [c * 2 for c in "xy"], sorted(set("mississippi")))
print(dict.fromkeys("abca"), tuple("12"))
