# Verbose expected failures and unexpected successes; the summary counts both.
import unittest


class T(unittest.TestCase):
    @unittest.expectedFailure
    def test_broken(self):
        raise ValueError

    @unittest.expectedFailure
    def test_works(self):
        pass


unittest.main(verbosity=2)
