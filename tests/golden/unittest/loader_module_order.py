# unittest.main runs the module's TestCase classes in alphabetical order, methods sorted.
import unittest


class Zebra(unittest.TestCase):
    def test_b(self):
        print("Zebra.test_b")

    def test_a(self):
        print("Zebra.test_a")


class Apple(unittest.TestCase):
    def test_only(self):
        print("Apple.test_only")


unittest.main(verbosity=0)
