# Nested try/except* blocks: the inner one handles part, the outer one sees only the rest.
def inner():
    try:
        raise ExceptionGroup("top", [ValueError("a"), TypeError("b"), ExceptionGroup("sub", [KeyError("c"), ValueError("d")])])
    except* ValueError as e:
        print("inner got", repr(e))

try:
    inner()
except* TypeError as e:
    print("outer types", repr(e))
except* KeyError as e:
    print("outer keys", repr(e))
