# An exception raised inside a method called through a property and a dunder.
class Stack:
    def __init__(self):
        self.items = []
    @property
    def top(self):
        return self.items[-1]
    def __len__(self):
        return len(self.items)
s = Stack()
print(len(s))
print(s.top)
