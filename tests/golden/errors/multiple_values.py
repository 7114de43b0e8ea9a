# A positional and a keyword for the same parameter: "got multiple values for argument".
def f(a, b):
    pass
f(1, a=2)
