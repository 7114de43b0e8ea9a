# Assigning to a call: "cannot assign to function call here. Maybe you meant '==' instead of '='?".
# coil-test: syntax-error
def f():
    return 1
f() = 2
