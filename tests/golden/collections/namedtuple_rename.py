# namedtuple rename=True replaces invalid, keyword, underscore and duplicate names by _index
from collections import namedtuple
T = namedtuple('T', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(T._fields)
print(T(1, 2, 3, 4, 5, 6))
