# A traceback through methods and a lambda shows each frame with its function name.
class Parser:
    def parse(self, items):
        return [self.item(x) for x in items]
    def item(self, x):
        convert = lambda v: 10 // v
        return convert(x)
Parser().parse([1, 2, 0])
