# repr of a 100,000-deep nested list raises RecursionError instead of crashing.
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
print("survived")
