# TestLoader: sorted test method names, loadTestsFromTestCase, ids, str and repr of cases.
import unittest


class Calc(unittest.TestCase):
    def test_zeta(self):
        pass

    def test_alpha(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Calc))
suite = loader.loadTestsFromTestCase(Calc)
print(suite.countTestCases())
for case in suite:
    print(case.id(), "|", case, "|", repr(case))
print(unittest.defaultTestLoader.testMethodPrefix)
try:
    Calc("test_missing")
except ValueError as e:
    print(e)
print(Calc("test_alpha") == Calc("test_alpha"))
