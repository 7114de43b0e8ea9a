# assertAlmostEqual / assertNotAlmostEqual with places and delta.
import unittest

t = unittest.TestCase()
t.assertAlmostEqual(0.1 + 0.2, 0.3)
t.assertAlmostEqual(1.0, 1.04, delta=0.05)
t.assertAlmostEqual(3.14159, 3.1416, places=4)
t.assertNotAlmostEqual(1.0, 1.1)
for attempt in [
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertAlmostEqual(10, 12, places=0),
    lambda: t.assertNotAlmostEqual(1.0, 1.00000001),
    lambda: t.assertNotAlmostEqual(5, 6, delta=2),
    lambda: t.assertAlmostEqual(1, 2, places=1, delta=1),
    lambda: t.assertAlmostEqual("a", "b"),
]:
    try:
        attempt()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
