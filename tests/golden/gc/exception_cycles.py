# Cycles that pass through exception instances are reclaimed by gc.collect().
import gc


class Holder:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


class AppError(Exception):
    def __init__(self, owner):
        super().__init__("app")
        self.owner = owner


def through_args():
    h = Holder("args")
    h.err = ValueError(h)


def through_attribute():
    h = Holder("attribute")
    h.err = AppError(h)


def through_list():
    h = Holder("list")
    err = KeyError([h])
    h.errors = [err]


def through_context():
    h = Holder("context")
    try:
        try:
            raise ValueError(h)
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        h.last = e


gc.disable()
for f in (through_args, through_attribute, through_list, through_context):
    f()
    print("collecting after", f.__name__)
    gc.collect()
print("done")
