# Tracebacks through methods, nested functions and a with block, with carets.
class Box:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def open(self, key):
        def lookup():
            return {"a": 1}[key]
        return lookup()
with Box() as b:
    print(b.open("a"))
    b.open("missing")
