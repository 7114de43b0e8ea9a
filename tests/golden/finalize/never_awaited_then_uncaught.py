# A coroutine never awaited in a frame that an uncaught exception leaves: the traceback comes
# first, the warning after it (the traceback keeps the frame alive until it is printed).
async def f():
    pass


def main():
    c = f()
    1 / 0


main()
