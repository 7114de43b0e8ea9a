# An uncaught exception raised in a handler prints both tracebacks joined by "During handling".
def load(d):
    try:
        return d["config"]
    except KeyError:
        raise ValueError("no config")
load({})
