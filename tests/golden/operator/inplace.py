# In-place operators mutate mutable operands and rebind immutable ones.
import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b is a)
s = {1}
op.ior(s, {2})
op.iand(s, {2, 3})
print(s)
print(op.iadd(1, 2), op.isub(5, 1), op.imul("ab", 2), op.itruediv(1, 4), op.ifloordiv(7, 2))
print(op.imod(7, 4), op.ipow(2, 3), op.ilshift(1, 3), op.irshift(8, 1), op.ixor(5, 1))
l = [0]
print(op.iconcat(l, (1, 2)), l)
print(op.__iadd__ is op.iadd)
