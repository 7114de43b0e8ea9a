# The same parameter name twice: "duplicate argument 'a' in function definition".
# coil-test: syntax-error
def f(a, b, a):
    return a
