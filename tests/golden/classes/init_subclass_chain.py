# Cooperative __init_subclass__ with keyword arguments through super(), and its TypeError.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Versioned(Plugin):
    def __init_subclass__(cls, version=1, **kw):
        super().__init_subclass__(**kw)
        cls.version = version


class Csv(Versioned, name="csv", version=2):
    pass


class Json(Versioned):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Csv.version, Json.version)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
