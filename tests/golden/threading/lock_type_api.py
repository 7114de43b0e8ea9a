# _thread.lock: its type, repr, weak references, acquire's argument checks, with.
import _thread
import threading
import weakref

lock = threading.Lock()
print(type(lock).__name__, type(lock).__module__, _thread.LockType is type(lock))
print(repr(lock).split(" at ")[0])
print(weakref.ref(lock)() is lock)
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((True, 1e20), {}),
                     ((True, "x"), {}), (("x",), {}), ((1, 2, 3), {}), ((), {"foo": 1})]:
    try:
        lock.acquire(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
lock.acquire()
print(lock.acquire(timeout=0.01), lock.acquire(False), lock.locked())
print(repr(lock).split(" at ")[0])
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)
print(lock.__enter__(), lock.__exit__(None, None, None))
with lock:
    print("inside", lock.locked())
print("after", lock.locked(), lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
