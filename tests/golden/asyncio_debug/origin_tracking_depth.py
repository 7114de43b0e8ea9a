# sys.set_coroutine_origin_tracking_depth: cr_origin records (file, line, function) up to depth frames.
import sys


async def coro():
    pass


def a():
    return b()


def b():
    return coro()


print(sys.get_coroutine_origin_tracking_depth())
c = a()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = a()
print([(line, name) for _, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(depth=0)
c = a()
print(c.cr_origin)
c.close()
for bad in [-1, 1.5, "3", None]:
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.get_coroutine_origin_tracking_depth(1)
except TypeError as e:
    print(e)
