# Nested subtests combine parameters; verbosity 2 lists failing subtests under the test.
import unittest


class T(unittest.TestCase):
    def test_grid(self):
        for x in range(2):
            with self.subTest(x=x):
                for y in range(2):
                    with self.subTest(y=y):
                        self.assertFalse(x and y)

    def test_error_in_subtest(self):
        with self.subTest():
            raise ValueError("inside")


unittest.main(verbosity=2)
