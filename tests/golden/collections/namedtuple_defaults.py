# namedtuple defaults= fill the rightmost fields; _field_defaults; too many defaults is a TypeError
from collections import namedtuple
Acct = namedtuple('Acct', 'owner balance kind', defaults=[0, 'std'])
print(Acct('ann'), Acct('bob', 5), Acct('cy', 1, 'gold'))
print(Acct._field_defaults)
print(Acct(owner='dee', kind='x'))
try:
    namedtuple('T', 'a b', defaults=(1, 2, 3))
except TypeError as e:
    print('TypeError', e)
All = namedtuple('All', 'a b', defaults=[None, []])
print(All())
