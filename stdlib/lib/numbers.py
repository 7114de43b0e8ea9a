"""The numeric tower of PEP 3141 as abstract base classes (CPython 3.11
Lib/numbers.py): Number > Complex > Real > Rational > Integral. The builtin
types are registered: complex is a Complex, float a Real, int an Integral.
The concrete methods are the same derived operations CPython defines."""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _binary_operators(*names):
    """Class decorator declaring, for each operator name, the abstract
    methods __name__ and __rname__ (self, other), which raise
    NotImplementedError as CPython's bodies do."""
    def decorate(cls):
        for name in names:
            for dunder in (f"__{name}__", f"__r{name}__"):
                setattr(cls, dunder, _abstract_operator(cls, dunder))
        return update_abstractmethods(cls)
    return decorate


def _abstract_operator(cls, name):
    @abstractmethod
    def operator(self, other):
        raise NotImplementedError
    operator.__name__ = name
    operator.__qualname__ = f"{cls.__qualname__}.{name}"
    return operator


class Number(metaclass=ABCMeta):
    """Root of the tower: isinstance(x, Number) asks whether x is a number."""
    __slots__ = ()
    __hash__ = None


@_binary_operators("add", "mul", "truediv")
class Complex(Number):
    """Numbers with the operations of the builtin complex type."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a builtin complex."""

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The modulus, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


@_binary_operators("floordiv", "mod")
class Real(Complex):
    """Complex numbers on the real line: ordered, with floor division."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """The value as a builtin float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Reals with an exact numerator and denominator."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        # Integer division first, so huge numerators and denominators work.
        return int(self.numerator) / int(self.denominator)


@_binary_operators("lshift", "rshift", "and", "xor", "or")
class Integral(Rational):
    """Rationals with a denominator of 1, and the bitwise operators."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
