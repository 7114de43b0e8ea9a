# A custom assert helper on a TestCase subclass; its frame appears in the failure traceback.
import unittest


class Base(unittest.TestCase):
    def assertPositive(self, value):
        if value <= 0:
            self.fail(f"{value} is not positive")


class T(Base):
    def test_values(self):
        for v in (3, 1, -2):
            self.assertPositive(v)


unittest.main()
