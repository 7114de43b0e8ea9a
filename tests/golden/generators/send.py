# send() resumes a generator with a value for the yield expression; priming with None.
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("x"), next(e))
try:
    averager().send(5)
except TypeError as err:
    print("TypeError:", err)
