# __del__ runs as soon as the last reference goes: del, rebinding, a function's locals, a list.
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("close", self.name)


r = Res("a")
del r
print("after del")
r = Res("b")
r = Res("c")
print("after rebind")


def work():
    tmp = Res("local")
    print("working")


work()
print("after call")
items = [Res("x"), Res("y"), Res("z")]
items.clear()
print("cleared")
pair = (Res("t1"), Res("t2"))
pair = None
print("end")
kept = Res("module global")
