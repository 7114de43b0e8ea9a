# subTest: each failing subtest is reported with its parameters; the test continues.
import unittest


class T(unittest.TestCase):
    def test_even(self):
        for n in [2, 3, 4, 5]:
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    def test_msg(self):
        with self.subTest("checking words", word="hi"):
            self.assertEqual(len("hi"), 3)
        print("after subtest")


unittest.main()
