# Augmented operators on numbers, strings, lists (in place) and tuples (rebound).
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
f = 1.0
f /= 4
print(f)
b = 0b1100
b &= 0b1010; b |= 1; b ^= 0b11; b <<= 2; b >>= 1
print(b)
s = "ab"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
