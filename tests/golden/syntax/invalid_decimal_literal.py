# A number running into a name: "invalid decimal literal".
# coil-test: syntax-error
x = 1abc
