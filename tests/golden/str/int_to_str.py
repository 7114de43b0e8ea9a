# str(int) and f"{int}" for small, negative, extreme and big ints; bool stays "True".
for i in [0, 5, -5, 10, -10, 999, -1000, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**30]:
    print(str(i), f"{i}", repr(i), len(str(i)), str(i) == "%d" % i)
print(str(True), f"{False}", str(-0))
s = str(12345)
print(s[1:3], s.upper(), hash(s) == hash("12345"), s is not None)
print("".join(str(i) for i in range(-3, 4)))
