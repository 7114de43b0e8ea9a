# addTypeEqualityFunc registers a comparison used by assertEqual for that exact type.
import unittest


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class T(unittest.TestCase):
    def setUp(self):
        self.addTypeEqualityFunc(Point, self.assertPointEqual)

    def assertPointEqual(self, a, b, msg=None):
        if (a.x, a.y) != (b.x, b.y):
            raise self.failureException(msg or f"({a.x}, {a.y}) != ({b.x}, {b.y})")

    def test_points(self):
        self.assertEqual(Point(1, 2), Point(1, 2))
        self.assertEqual(Point(1, 2), Point(2, 1))


unittest.main()
