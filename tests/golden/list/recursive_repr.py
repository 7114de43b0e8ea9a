# A list containing itself prints as [...]; so do nested and dict cycles.
a = [1, 2]
a.append(a)
print(a, len(a))
b = [a]
print(b)
d = {"k": None}
d["k"] = d
print(d)
c = []
c.append([c])
print(c)
