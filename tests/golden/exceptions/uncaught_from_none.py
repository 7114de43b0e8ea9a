# raise ... from None suppresses the context in the printed traceback.
try:
    {}["a"]
except KeyError:
    raise LookupError("clean message") from None
