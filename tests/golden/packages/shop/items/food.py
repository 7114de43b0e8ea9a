from ..cart import Cart
from .. import pricing
class Food:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Food({self.name!r})"
