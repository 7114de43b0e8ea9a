# Sequence helpers: concat, contains, countOf, indexOf, getitem/setitem/delitem.
import operator as op
print(op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1))
print(op.indexOf("abc", "c"))
d = {}
op.setitem(d, "a", 1)
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.getitem([1, 2, 3], slice(1, None)))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print(e)
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
print(op.call(max, 3, 9), op.matmul.__name__)
