# bytes patterns on bytes: results are bytes, classes are ASCII, str/bytes mixing raises TypeError.
import re

print(re.findall(rb"\d+", b"a1b22c333"), re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.split(rb",", b"a,b"), re.match(rb"(\w+) (\w+)", b"hello world").groups())
print(re.compile(rb"\w+").search(b"  x\xe9y").group(), re.escape(b"a.b"))
for args in [("a", b"a"), (b"a", "a")]:
    try:
        re.match(*args)
    except TypeError as e:
        print("TypeError:", e)
