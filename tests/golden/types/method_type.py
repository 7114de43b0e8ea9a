# types.MethodType binds a function to an object by hand.
import types
class Robot:
    def __init__(self, name):
        self.name = name
def speak(self, word):
    return f"{self.name} says {word}"
r = Robot("R2")
r.speak = types.MethodType(speak, r)
print(r.speak("beep"))
m = r.speak
print(m.__self__ is r, m.__func__ is speak)
try:
    types.MethodType(3, r)
except TypeError as e:
    print(e)
