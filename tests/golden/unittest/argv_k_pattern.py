# -k selects tests whose names contain the pattern; test names on argv select one test.
import unittest


class T(unittest.TestCase):
    def test_parse_int(self):
        print("parse_int")

    def test_parse_float(self):
        print("parse_float")

    def test_format(self):
        print("format")


unittest.main(argv=["prog", "-k", "parse"], exit=False)
unittest.main(argv=["prog", "T.test_format"], exit=False, verbosity=2)
