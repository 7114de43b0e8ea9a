# SyntaxWarnings of compile() go through the warnings filters; "error" makes a SyntaxError.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("y = (1, 2)(3)\nz = x is 'a'", "<src>", "exec")
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    code = compile("x is 1", "<src>", "eval")
    print(eval(code, {"x": 1}))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x is 1", "<src>", "eval")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.filename)
print("done")
