# Using an undefined name: NameError, with CPython's "Did you mean" suggestion.
counter = 1
print("start")
print(countr)
