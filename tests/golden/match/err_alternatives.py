# Alternatives must bind the same names.
# coil-test: syntax-error
match 1:
    case [x] | (y,):
        pass
