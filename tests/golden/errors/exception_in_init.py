# A TypeError from calling a class with the wrong arguments names __init__.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
P(1)
