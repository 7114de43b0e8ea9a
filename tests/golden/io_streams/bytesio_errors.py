# io.BytesIO errors: str writes, closed streams, negative seeks.
import io

b = io.BytesIO()
try:
    b.write("text")
except TypeError as e:
    print(e)
try:
    b.seek(-1)
except ValueError as e:
    print(e)
b.close()
for op in (b.getvalue, b.read, lambda: b.write(b"x"), b.tell):
    try:
        op()
    except ValueError as e:
        print(e)
