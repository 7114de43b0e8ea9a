# Verbose run mixing a failure plus a failing cleanup, a skip inside a subtest, wrong exception types, helpers and a skipped class.
import unittest

class T(unittest.TestCase):
    def test_fail_and_teardown_error(self):
        self.addCleanup(lambda: 1/0)
        self.assertEqual("a", "b")

    def test_skip_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("odd one")
                self.assertLess(i, 5)

    def test_raises_wrong_type(self):
        with self.assertRaises(KeyError):
            raise ValueError("not a key error")

    def test_none_msg(self):
        self.assertIsNone(0, "zero is not None")

    def test_in_dict(self):
        self.assertIn("x", {"a": 1, "b": 2})

    def test_long_string(self):
        self.assertEqual("abc" * 40, "abc" * 39 + "abd")

    def test_generator_assert(self):
        self.assertTrue(all(x > 0 for x in [1, -1]), "not all positive")

    def test_nested_helper(self):
        def check(v):
            self.assertGreaterEqual(v, 10)
        check(3)

@unittest.skipUnless(False, "needs feature")
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("never")
    def test_a(self): pass

if __name__ == "__main__":
    unittest.main(verbosity=2)
