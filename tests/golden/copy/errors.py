# copy.Error and objects that cannot be copied.
import copy
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print(e)
try:
    copy.deepcopy(gen())
except TypeError as e:
    print(e)
import sys
try:
    copy.copy(sys)
except TypeError as e:
    print(e)
