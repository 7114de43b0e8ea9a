# The order of setUpClass, setUp, the test, tearDown, cleanups (LIFO) and tearDownClass.
import unittest


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
        cls.addClassCleanup(print, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        print("  setUp", self._testMethodName)
        self.addCleanup(print, "  cleanup 1")
        self.addCleanup(print, "  cleanup 2")

    def tearDown(self):
        print("  tearDown")

    def test_a(self):
        print("  test_a")

    def test_b(self):
        print("  test_b")
        self.assertEqual(1, 0)


unittest.main(exit=False)
print("done")
