# The interpreter's "coroutine was never awaited" RuntimeWarning goes through warnings filters and catch_warnings.
import warnings, asyncio
async def work():
    return 1
def make():
    work()
make()
make()
print("between")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    make()
print(len(w), w and str(w[0].message), w and w[0].category.__name__)
warnings.simplefilter("ignore")
make()
print("end")
