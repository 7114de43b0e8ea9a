# Duplicate literal keys in a mapping pattern are a SyntaxError.
# coil-test: syntax-error
match {}:
    case {"a": 1, "b": 2, "a": 3}:
        pass
