# nonlocal rebinds an enclosing function's variable; global rebinds a module variable.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def make():
    global created
    created = "yes"
make()
print(created)
