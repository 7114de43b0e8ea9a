# help() of script functions prints pydoc's plain-text layout (signature, docstring).
import pydoc


def greet(name, greeting="Hello", *args, sep=" ", **kw) -> str:
    """Return a greeting.

    The name comes last."""
    return greeting + sep + name


def positional(x, /, y, *, z=None):
    pass


pydoc.help(greet)
pydoc.help(positional)
pydoc.help(lambda a, b=2: a)
print("done")
