# TracebackException: from_exception, stack, exc_type, __cause__, format and format_exception_only.
import traceback


def load():
    try:
        open_config()
    except LookupError as e:
        raise RuntimeError("load failed") from e


def open_config():
    raise LookupError("no config")


try:
    load()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), [f.name for f in te.stack])
    print(te.__cause__.exc_type.__name__, [f.name for f in te.__cause__.stack])
    print(list(te.format_exception_only()))
    print("".join(te.format()), end="")
    print("".join(te.format(chain=False)), end="")
