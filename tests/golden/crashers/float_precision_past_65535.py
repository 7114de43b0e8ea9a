# Float formatting with a precision past 65,535 prints every digit (no panic); past a C int it is an error.
def show(label, f):
    try:
        s = f()
        print(label, len(s), s[:12], s[-6:])
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


p = 65536
show("format f", lambda: format(1.5, ".65536f"))
show("str.format", lambda: "{:.65536f}".format(1.5))
show("f-string", lambda: f"{1.5:.{p}f}")
show("percent f", lambda: "%.65536f" % 1.0)
show("percent e", lambda: "%.70000e" % 1.5)
show("format e", lambda: format(1e300, ".70000e"))
show("format g", lambda: format(5e-324, ".70000g"))
show("format #g", lambda: format(2.5, "#.70000g"))
show("format %", lambda: format(1e-5, ".70000%"))
show("exact tail", lambda: format(5e-324, ".1080f"))
show("star too big", lambda: "%.*f" % (10**10, 1.0))
show("spec too big", lambda: format(1.5, ".2147483648f"))
show("percent too big", lambda: "%.2147483648f" % 1.5)
show("digits too many", lambda: format(1.5, ".99999999999999999999f"))
