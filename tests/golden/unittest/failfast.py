# failfast stops the run at the first failure.
import unittest


class T(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.assertTrue(False)

    def test_3(self):
        print("not reached")


unittest.main(failfast=True)
