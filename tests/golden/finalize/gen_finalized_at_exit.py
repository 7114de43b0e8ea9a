# Generators still alive at exit (held by globals) are closed at interpreter shutdown, after the program's last output.
def gen(name):
    try:
        yield 1
    finally:
        print("cleanup", name)

keep = gen("global"); next(keep)
_private = gen("underscore"); next(_private)
box = [gen("in list")]
next(box[0])
print("end")
