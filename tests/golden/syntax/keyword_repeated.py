# A keyword argument given twice in a call: "keyword argument repeated: a".
# coil-test: syntax-error
def f(**kw):
    pass
f(a=1, a=2)
