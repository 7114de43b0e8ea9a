print("cart init:", __name__, __package__)
class Cart:
    def __init__(self):
        self.items = []
    def add(self, item):
        self.items.append(item)
        return self
    def total(self):
        from .pricing import price_of
        return sum(price_of(i) for i in self.items)
