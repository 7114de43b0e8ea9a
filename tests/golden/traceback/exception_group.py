# format_exc of an ExceptionGroup with nested groups: the boxed CPython layout.
import traceback


def fail(n):
    raise ValueError(f"task {n} failed")


errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("batch", errors + [ExceptionGroup("inner", [TypeError("t")])])
except ExceptionGroup:
    print(traceback.format_exc())
