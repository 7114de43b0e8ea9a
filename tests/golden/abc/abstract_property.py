# Abstract properties, classmethods and staticmethods count as abstract.
from abc import ABC, abstractmethod, abstractproperty
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 42
print(Impl.make().name, Impl.helper())
class Legacy(ABC):
    @abstractproperty
    def value(self): ...
try:
    Legacy()
except TypeError as e:
    print(e)
