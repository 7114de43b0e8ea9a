# A bracket closed by the wrong kind: "closing parenthesis ')' does not match opening parenthesis '['".
# coil-test: syntax-error
items = [1, 2, 3)
