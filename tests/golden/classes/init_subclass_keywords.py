# __init_subclass__ receives the class statement's keywords; super() chains to object's.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin, name="a"):
    pass
class Beta(Plugin):
    pass
print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name)
try:
    class Gamma(Plugin, colour="red"):
        pass
except TypeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder:
    first = Desc()
    second = Desc()
