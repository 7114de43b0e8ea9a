# tell() in a text file is a byte position; seek() goes back to it; relative seeks are refused.
import io
from iohelp import cleanup

name = "seek_tell_text.txt"
with open(name, "w") as f:
    f.write("héllo\nwörld\nend\n")
    print(f.tell())
with open(name) as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    print(f.seek(pos), repr(f.read()))
    print(f.seek(0, io.SEEK_END), f.tell())
    print(f.seek(0, io.SEEK_CUR))
    for args in [(3, 1), (-1, 2), (-1,), (0, 5)]:
        try:
            f.seek(*args)
        except (io.UnsupportedOperation, ValueError) as e:
            print(type(e).__name__, e)
cleanup(name)
