# An exception in setUpClass reports "ERROR: setUpClass (__main__.T)" and skips the class's tests.
import unittest


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("cannot connect")

    def test_one(self):
        print("not run")


class U(unittest.TestCase):
    def test_two(self):
        print("U runs")


unittest.main(verbosity=2)
