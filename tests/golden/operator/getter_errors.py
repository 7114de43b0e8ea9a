# Constructor errors of itemgetter, attrgetter and methodcaller.
import operator
for call in [operator.itemgetter, operator.attrgetter, lambda: operator.attrgetter(1),
             operator.methodcaller, lambda: operator.methodcaller(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
