"""Contexts and signals of the decimal module (CPython 3.11 decimal, as its
C module _decimal/libmpdec behaves): the signal exceptions, Context with its
traps and flags, getcontext/setcontext/localcontext, and the rounding
modes. The numbers themselves are in decimal.py."""

import contextvars

__all__ = ['DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
           'Underflow', 'FloatOperation', 'DivisionImpossible',
           'DivisionUndefined', 'ConversionSyntax', 'InvalidContext',
           'Context', 'BasicContext', 'ExtendedContext', 'DefaultContext',
           'getcontext', 'setcontext', 'localcontext', 'ROUND_DOWN',
           'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
           'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'MAX_PREC', 'MAX_EMAX',
           'MIN_EMIN', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
# The order of Context's repr (libmpdec's flag bits, InvalidOperation first).
_REPR_ORDER = [InvalidOperation, Clamped, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]
# A condition raises (when trapped) under the signal it belongs to, with the
# condition's class in the message, as the C module does.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation,
              DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation,
              InvalidContext: InvalidOperation}

for _cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow,
             FloatOperation]:
    _cls.__module__ = 'decimal'


class _SignalDict(dict):
    """Context.flags and Context.traps: a dict over the signals."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        super().__setitem__(key, bool(value))


class Context(object):
    """Precision, rounding, exponent limits, and which signals trap."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if '_DEFAULT_READY' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (
            base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (
            base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        if flags is not None:
            for s in (flags if not isinstance(flags, dict)
                      else [k for k, v in flags.items() if v]):
                self.flags[s] = True
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if traps is None:
            traps = ([s for s, v in base.traps.items() if v] if base else
                     [InvalidOperation, DivisionByZero, Overflow])
        elif isinstance(traps, dict):
            traps = [k for k, v in traps.items() if v]
        for s in traps:
            self.traps[s] = True

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                                "ROUND_DOWN,\n   ROUND_HALF_UP, "
                                "ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        elif name == 'Emin':
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError(f"valid values for {name} are 0 or 1")
        elif name not in ('flags', 'traps'):
            raise AttributeError(f"'decimal.Context' object has no "
                                 f"attribute '{name}'")
        object.__setattr__(self, name, value)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def clear_flags(self):
        for s in self.flags:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in self.traps:
            dict.__setitem__(self.traps, s, False)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp,
                       [s for s, v in self.flags.items() if v],
                       [s for s, v in self.traps.items() if v])

    __copy__ = copy

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, "
                "capitals=%d, clamp=%d, flags=[%s], traps=[%s])" % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, ", ".join(flags),
                    ", ".join(traps)))

    def _raise(self, condition, explanation=None):
        """Signals a condition: sets the flag; raises if trapped."""
        signal = _SIGNAL_OF.get(condition, condition)
        dict.__setitem__(self.flags, signal, True)
        if self.traps[signal]:
            raise signal([condition])
        return None

    def create_decimal(self, num='0'):
        from decimal import Decimal
        d = Decimal(num, context=self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        from decimal import Decimal
        return Decimal.from_float(f)._fix(self)

    def _apply(self, name, *args):
        from decimal import Decimal
        a = Decimal._convert(args[0], True)
        return getattr(a, name)(*args[1:], context=self)

    def power(self, a, b, modulo=None):
        return self._apply('_pow', a, b)

    def to_sci_string(self, a):
        from decimal import Decimal
        return Decimal._convert(a, True).__str__(context=self)

    def to_eng_string(self, a):
        from decimal import Decimal
        return Decimal._convert(a, True).to_eng_string(context=self)


# The operations that convert their first operand and run the Decimal method
# of the same meaning under the context: (Context method, Decimal method,
# number of operands).
_DELEGATED = (
    ("abs", "__abs__", 1),
    ("add", "_add", 2),
    ("subtract", "_sub", 2),
    ("multiply", "_mul", 2),
    ("divide", "_truediv", 2),
    ("divide_int", "_floordiv", 2),
    ("remainder", "_mod", 2),
    ("sqrt", "sqrt", 1),
    ("quantize", "quantize", 2),
    ("compare", "compare", 2),
    ("max", "max", 2),
    ("min", "min", 2),
    ("plus", "__pos__", 1),
    ("minus", "__neg__", 1),
    ("normalize", "normalize", 1),
    ("to_integral_value", "to_integral_value", 1),
)


def _delegate(name, method, operands):
    if operands == 1:
        def operation(self, a):
            return self._apply(method, a)
    else:
        def operation(self, a, b):
            return self._apply(method, a, b)
    operation.__name__ = name
    operation.__qualname__ = "Context." + name
    return operation


for _row in _DELEGATED:
    setattr(Context, _row[0], _delegate(*_row))
del _row


DefaultContext = Context()
_DEFAULT_READY = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

_current = contextvars.ContextVar('decimal_context')


def getcontext():
    try:
        return _current.get()
    except LookupError:
        context = DefaultContext.copy()
        _current.set(context)
        return context


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    _current.set(context)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                       'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for "
                            "this function")
        setattr(manager.new_context, key, value)
    return manager


Context.__module__ = 'decimal'
