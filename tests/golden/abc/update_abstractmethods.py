# update_abstractmethods recomputes after methods are added; abstract flag attribute.
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Later(Base):
    pass
print(Later.__abstractmethods__)
Later.run = lambda self: "ran"
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().run())
print(Base.run.__isabstractmethod__, abc.ABC.__abstractmethods__)
