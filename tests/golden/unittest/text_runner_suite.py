# A TestSuite built by hand and run with TextTestRunner(verbosity=2); the result's repr.
import sys
import unittest


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b", "c"])


suite = unittest.TestSuite()
suite.addTest(Strings("test_upper"))
suite.addTests([Strings("test_split")])
print(suite.countTestCases())
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
result = runner.run(suite)
print(result)
print(result.wasSuccessful())
