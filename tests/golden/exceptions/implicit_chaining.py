# An exception raised while handling another gets it as __context__.
try:
    try:
        [][0]
    except IndexError:
        {}["k"]
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError(1)
    finally:
        print("finally runs")
except ValueError as e:
    print("context of plain raise:", e.__context__)
