# __annotations__ on modules and classes; annotations without value; complex targets.
count: int = 0
name: str
print(__annotations__)
class Config:
    debug: bool = False
    level: int
    def method(self):
        local: int = 1
        return local
print(Config.__annotations__, Config.debug, hasattr(Config, "level"))
print(Config().method())
class Obj:
    pass
o = Obj()
o.x: int = 5
print(o.x, "x" in __annotations__)
