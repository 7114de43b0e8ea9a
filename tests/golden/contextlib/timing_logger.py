# A realistic context manager that "times" (with a fake clock) and logs steps.
from contextlib import contextmanager, ExitStack

clock = iter(range(0, 1000, 7))
log = []


@contextmanager
def timed(step):
    start = next(clock)
    log.append(f"start {step}")
    try:
        yield
    except Exception as e:
        log.append(f"failed {step}: {e!r}")
        raise
    finally:
        log.append(f"end {step} after {next(clock) - start} ticks")


def pipeline(items):
    with ExitStack() as stack:
        stack.enter_context(timed("pipeline"))
        for item in items:
            with timed(f"item {item}"):
                if item < 0:
                    raise ValueError(f"negative: {item}")


pipeline([1, 2])
try:
    pipeline([3, -1, 4])
except ValueError as e:
    log.append(f"caller saw {e}")
print("\n".join(log))
