# A TypeError from a built-in: len() of an int.
print(len(5))
