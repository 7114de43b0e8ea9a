# A bare exception matched by except* is wrapped in ExceptionGroup("", [exc]).
try:
    raise ValueError("bare")
except* ValueError as e:
    print(type(e).__name__, repr(e), e.exceptions[0].args)
    print(repr(e.message), str(e))

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))
