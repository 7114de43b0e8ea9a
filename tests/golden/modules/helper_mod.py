# A helper module imported by import_helper.py (not a test itself).
# coil-test: helper
print("helper_mod loading, __name__ =", __name__)
CONSTANT = 42


def greet(name):
    return f"hello, {name}"


class Counter:
    count = 0

    def next(self):
        Counter.count += 1
        return Counter.count
