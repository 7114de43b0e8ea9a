# A with block whose __exit__ returns False lets the exception through after cleanup.
class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("close", exc[0].__name__ if exc[0] else None)
def work():
    with Resource():
        with Resource():
            raise OSError("disk")
try:
    work()
except OSError as e:
    print("caught", e)
