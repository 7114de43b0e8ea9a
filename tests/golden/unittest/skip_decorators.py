# skip, skipIf, skipUnless, skipTest and a skipped class, in verbose output.
import sys
import unittest


class T(unittest.TestCase):
    @unittest.skip("broken upstream")
    def test_a(self):
        pass

    @unittest.skipIf(sys.version_info >= (3, 0), "needs Python 2")
    def test_b(self):
        pass

    @unittest.skipUnless(sys.platform == "nowhere", "needs nowhere")
    def test_c(self):
        pass

    def test_d(self):
        self.skipTest("decided at run time")

    @unittest.skipIf(False, "never")
    def test_e(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


unittest.main(verbosity=2)
