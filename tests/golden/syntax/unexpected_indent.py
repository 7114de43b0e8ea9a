# An indented line where none is expected: "IndentationError: unexpected indent".
# coil-test: syntax-error
x = 1
    y = 2
