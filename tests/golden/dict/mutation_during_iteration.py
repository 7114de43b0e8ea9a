# Changing a dict's size while iterating it raises RuntimeError; changing values is fine.
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    d[k] = d[k].upper()
print(d)
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(d):
    del d[k]
print(d)
