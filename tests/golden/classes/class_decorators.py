# Class decorators receive the class and may add attributes or replace it.
def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("main")
@add_greeting
class Widget:
    pass
print(Widget().greet(), registry["main"] is Widget)
def singleton(cls):
    return cls()
@singleton
class Config:
    debug = False
print(Config.debug, type(Config).__name__)
