# expectedFailure: a failure counts as expected (x), a pass as unexpected success (u).
import unittest


class T(unittest.TestCase):
    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(round(2.675, 2), 2.68)

    @unittest.expectedFailure
    def test_fixed(self):
        self.assertEqual(1, 1)

    def test_plain(self):
        pass


unittest.main()
