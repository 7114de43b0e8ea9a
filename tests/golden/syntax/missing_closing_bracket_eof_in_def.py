# An unclosed bracket inside a function: "'[' was never closed".
# coil-test: syntax-error
def f():
    return [1, 2,
x = 3
