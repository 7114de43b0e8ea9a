# A parameter without default after one with: "non-default argument follows default argument".
# coil-test: syntax-error
def f(a=1, b):
    pass
