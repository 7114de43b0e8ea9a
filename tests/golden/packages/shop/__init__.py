"""A small package for the packages/ golden programs."""
print("shop init:", __name__, __package__)
from .cart import Cart
from . import pricing
__all__ = ["Cart", "pricing", "VERSION"]
VERSION = "1.0"
_secret = "hidden"
