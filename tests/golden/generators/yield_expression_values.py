# A yield expression evaluates to None under next() and to the sent value under send().
def g():
    x = yield 1
    print("x =", x)
    y = yield 2
    print("y =", y)
it = g()
print(next(it))
print(next(it))
try:
    it.send("sent")
except StopIteration:
    print("done")
