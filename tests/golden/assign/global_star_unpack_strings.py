# Unpacking strings, dict iteration order and generators into targets.
a, b, c = "abc"
print(a, b, c)
k1, k2 = {"x": 1, "y": 2}
print(k1, k2)
g1, g2, g3 = (i * i for i in range(3))
print(g1, g2, g3)
*all_of_it, = range(3)
print(all_of_it)
