# A name may be captured only once per pattern.
# coil-test: syntax-error
match (1, 2):
    case (a, {"k": a}):
        pass
