# Mapping pattern keys must be literals or attribute lookups (not f-strings).
# coil-test: syntax-error
x = "k"
match {}:
    case {f"{x}": 1}:
        pass
