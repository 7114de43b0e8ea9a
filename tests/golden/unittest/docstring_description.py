# Verbose output shows the first line of a test's docstring under its name.
import unittest


class T(unittest.TestCase):
    def test_documented(self):
        """Checks the answer.

        More details that are not shown.
        """
        self.assertEqual(6 * 7, 42)

    def test_plain(self):
        pass


print(T("test_documented").shortDescription())
print(T("test_plain").shortDescription())
unittest.main(verbosity=2)
