# main(exit=False) keeps going; the result holds failures, errors and skips.
import unittest


class T(unittest.TestCase):
    def test_fail(self):
        self.fail("explicit failure")

    def test_error(self):
        raise RuntimeError("boom")

    @unittest.skip("later")
    def test_skip(self):
        pass


prog = unittest.main(exit=False)
r = prog.result
print(len(r.failures), len(r.errors), len(r.skipped), r.testsRun)
print(r.skipped[0][0], r.skipped[0][1])
print(r.failures[0][0].id())
print(r.wasSuccessful())
