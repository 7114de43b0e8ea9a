# register as a decorator returns the function; unregister removes every registration.
import atexit

@atexit.register
def cleanup():
    print("cleanup")

def noisy():
    print("noisy")

atexit.register(noisy)
atexit.register(noisy)
atexit.unregister(noisy)
atexit.unregister(len)
print(cleanup.__name__)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
