# C.__subclasses__(): live direct subclasses, oldest first (plugin registries walk them).
import gc


class Plugin:
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


class Pretty(Json):
    pass


def walk(cls, depth=0):
    for sub in cls.__subclasses__():
        print("  " * depth + sub.__name__)
        walk(sub, depth + 1)


walk(Plugin)
Tmp = type("Tmp", (Plugin,), {})
print([c.__name__ for c in Plugin.__subclasses__()])
del Tmp
gc.collect()
print([c.__name__ for c in Plugin.__subclasses__()], Pretty.__subclasses__())
try:
    Plugin.__subclasses__(1)
except TypeError as e:
    print(e)
