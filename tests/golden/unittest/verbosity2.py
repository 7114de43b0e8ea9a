# verbosity=2 prints one line per test: ok, FAIL, ERROR, skipped '...'.
import unittest


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        pass

    def test_b_fail(self):
        self.assertIn("z", "abc")

    def test_c_error(self):
        [][1]

    def test_d_skip(self):
        self.skipTest("not on this platform")


unittest.main(verbosity=2)
