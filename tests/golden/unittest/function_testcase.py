# FunctionTestCase wraps plain functions; str, description and results.
import sys
import unittest


def check_sum():
    """Sums are right."""
    assert sum([1, 2]) == 3


def check_bad():
    assert 1 == 2, "math is broken"


suite = unittest.TestSuite([unittest.FunctionTestCase(check_sum),
                            unittest.FunctionTestCase(check_bad, description="custom text")])
for t in suite:
    print(t, "|", t.id(), "|", t.shortDescription())
result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
print(len(result.failures))
