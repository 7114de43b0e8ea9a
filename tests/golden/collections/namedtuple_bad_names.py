# namedtuple rejects keywords, invalid identifiers, leading underscores and duplicates
from collections import namedtuple
for args in [('P', 'x class'), ('P', 'x 1y'), ('1P', 'x'), ('P', 'x _y'), ('P', 'x y x'), ('def', 'a')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
