# Subclassing built-in types: list, dict and int keep their behaviour and add methods.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d)
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
print(Meters(5), Meters(5) + 1, [Meters(3)])
