# except* ExceptionGroup (or a tuple holding a group class) is a TypeError; so is a non-exception type.
for pattern in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 1)):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError()])
        except* pattern:
            print("caught?")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
        print("context:", repr(e.__context__))
