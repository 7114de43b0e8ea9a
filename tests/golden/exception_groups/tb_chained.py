# Causes and contexts around and inside groups, each behind its group's margin.
def inner():
    try:
        raise KeyError("original")
    except KeyError as k:
        raise ValueError("while handling") from k

try:
    inner()
except ValueError as v:
    sub = v

try:
    raise OSError("context of the group")
except OSError:
    raise ExceptionGroup("chained", [sub, TypeError("plain")])
