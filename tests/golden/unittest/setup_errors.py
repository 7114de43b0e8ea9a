# An error in setUp skips the test and tearDown but runs cleanups; reported as ERROR.
import unittest


class T(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup ran")
        if self._testMethodName == "test_broken":
            raise OSError("no database")

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_broken(self):
        print("never printed")

    def test_fine(self):
        print("fine")


unittest.main()
