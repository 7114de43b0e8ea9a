# A failing assertEqual: F in the progress line, the FAIL report with the test's frame only, exit status 1.
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual("a", "a")

    def test_wrong(self):
        total = sum([1, 2, 3])
        self.assertEqual(total, 7)


unittest.main()
