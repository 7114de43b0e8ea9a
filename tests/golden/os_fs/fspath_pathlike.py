# os.fspath and os.PathLike: __fspath__ objects work wherever a path is expected.
import os


class Custom:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('a'), os.fspath(b'b'), os.fspath(Custom('c')), os.fspath(Custom(b'd')))
print(isinstance(Custom('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(Custom, os.PathLike))
print(os.path.join(Custom('dir'), 'f'), os.path.exists(Custom('/')))
print(os.fsencode('caf\u00e9'), os.fsdecode(b'caf\xc3\xa9'), os.fsencode(Custom('z')))
for bad in [1, None, Custom(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
try:
    os.stat(Custom(3.5))
except TypeError as e:
    print(e)
