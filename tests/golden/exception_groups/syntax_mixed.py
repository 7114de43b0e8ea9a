# coil-test: syntax-error
# except and except* cannot be mixed on one try.
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
