# Single inheritance: overriding, extending via super(), isinstance across the chain.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"
for a in (Animal("x"), Dog("rex"), Puppy("bit")):
    print(a.speak())
p = Puppy("p")
print(isinstance(p, Animal), isinstance(p, Puppy), isinstance(Dog("d"), Puppy))
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__)
