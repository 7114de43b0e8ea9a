# M.__call__ replaces type.__call__; M.__getattr__ supplies missing class attributes.
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_inst" not in cls.__dict__:
            print("creating", cls.__name__, args, kwargs)
            cls._inst = super().__call__(*args, **kwargs)
        return cls._inst


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name


a = Config("x")
b = Config("y")
print(a is b, a.name)


class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return f"generated {name[4:]}"
        raise AttributeError(f"{cls.__name__} has no {name}")


class Api(metaclass=Lazy):
    real = 1


print(Api.real, Api.get_users, getattr(Api, "get_x"))
print(hasattr(Api, "nope"), getattr(Api, "nope", "dflt"))
try:
    Api.missing
except AttributeError as e:
    print("AttributeError:", e)
