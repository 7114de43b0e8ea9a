# coil-test: syntax-error
# A bare except* clause needs exception types.
try:
    pass
except*:
    pass
