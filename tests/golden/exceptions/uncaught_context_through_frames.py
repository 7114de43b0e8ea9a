# An uncaught exception raised in a handler, 20 frames down, prints both tracebacks in order.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def down(n):
    if n == 0:
        try:
            {}["missing"]
        except KeyError:
            raise AppError(7)
    return down(n - 1) + 1


for i in range(3):
    try:
        down(5)
    except AppError as e:
        print(type(e.__context__).__name__, e.code, e.args)
down(20)
