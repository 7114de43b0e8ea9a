# Opening a folder for reading or writing is an IsADirectoryError.
for mode in ("r", "rb", "w", "a"):
    try:
        open(".", mode)
    except IsADirectoryError as e:
        print(mode, type(e).__name__, e.errno, e.strerror, e.filename)
