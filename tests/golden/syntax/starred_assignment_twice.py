# Two starred targets in one assignment: "multiple starred expressions in assignment".
# coil-test: syntax-error
a, *b, *c = range(5)
