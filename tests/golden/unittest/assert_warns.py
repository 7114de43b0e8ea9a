# assertWarns / assertWarnsRegex: the warning caught, and the failure messages.
import unittest
import warnings

t = unittest.TestCase()


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 1


with t.assertWarns(DeprecationWarning) as cm:
    old_api()
print(type(cm.warning).__name__, cm.warning)
print(t.assertWarns(DeprecationWarning, old_api))
with t.assertWarnsRegex(UserWarning, "disk"):
    warnings.warn("disk almost full")
for attempt in [
    lambda: t.assertWarns(UserWarning, lambda: None),
    lambda: t.assertWarnsRegex(UserWarning, "net", warnings.warn, "disk"),
    lambda: t.assertWarns(ValueError),
]:
    try:
        attempt()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
