# An error raised while handling another shows both tracebacks, as CPython's runner prints them.
import unittest


def load(data, key):
    return data[key]


class T(unittest.TestCase):
    def test_chain(self):
        try:
            load({}, "port")
        except KeyError as e:
            raise RuntimeError("config incomplete") from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.fail("division failed")


unittest.main()
