# raise ... from None hides the context in the report, and __suppress_context__ is True.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"cannot parse {s!r}") from None
try:
    parse("x")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
parse("y")
