# unittest.main with passing tests: the dots line, the summary, OK and exit status 0.
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(3 * 4, 12)

    def test_truth(self):
        self.assertTrue([1])
        self.assertFalse("")


if __name__ == "__main__":
    unittest.main()
