# An unclosed parenthesis at end of file: "'(' was never closed".
# coil-test: syntax-error
print("never printed")
total = sum((1, 2, 3)
