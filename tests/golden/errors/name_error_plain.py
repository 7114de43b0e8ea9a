# NameError for a name with no close match has no suggestion.
def f():
    return undefined_thing_xyz
f()
