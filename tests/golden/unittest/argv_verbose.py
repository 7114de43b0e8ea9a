# unittest.main(argv=[..., '-v']) switches to verbose output; exit=False returns the program.
import unittest


class T(unittest.TestCase):
    def test_one(self):
        self.assertIsNone(None)

    def test_two(self):
        self.assertIsNotNone(0)


prog = unittest.main(argv=["prog", "-v"], exit=False)
print("successful:", prog.result.wasSuccessful())
print("run:", prog.result.testsRun)
