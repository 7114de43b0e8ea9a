# operator functions for arithmetic, comparison and logic, and the dunder aliases.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(4), op.pos(-4), op.abs(-3), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__(5, 1), op.__getitem__("abc", 1))
from functools import reduce
print(reduce(op.mul, range(1, 6)))
