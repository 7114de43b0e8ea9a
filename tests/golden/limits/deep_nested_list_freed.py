# A 100,000-deep nested list is built and freed without overflowing the native stack.
x = []
for i in range(100000):
    x = [x]
del x
print("ok")
d = {}
for i in range(100000):
    d = {"next": d}
d = None
print("dicts ok")
