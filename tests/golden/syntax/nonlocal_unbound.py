# nonlocal for a name no enclosing function binds: "no binding for nonlocal 'y' found".
# coil-test: syntax-error
def outer():
    def inner():
        nonlocal y
        y = 1
    return inner
