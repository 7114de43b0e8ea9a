"""Signals (CPython 3.11 Lib/signal.py over the native `_signal`): the
`Signals`, `Handlers` and `Sigmasks` enums, and `signal`/`getsignal`/
`valid_signals` returning their members. Python handlers run at a safe point of
the VM, in the main thread. Not provided: itimers, `set_wakeup_fd`,
`pthread_sigmask`, `sigwait*`, `pthread_kill`, `sigpending`."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(pick):
    found = [(name, value) for name, value in vars(_signal).items() if pick(name)]
    # lowest value first, then name: the first name of a value is canonical
    found.sort(key=lambda item: (item[1], item[0]))
    return dict(found)


Signals = _IntEnum("Signals", _members(
    lambda name: name.isupper() and name.startswith("SIG") and not name.startswith("SIG_")))
Handlers = _IntEnum("Handlers", _members(lambda name: name in ("SIG_DFL", "SIG_IGN")))
Sigmasks = _IntEnum("Sigmasks", _members(
    lambda name: name in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK")))
for _enum in (Signals, Handlers, Sigmasks):
    _enum.__module__ = "signal"
    globals().update(_enum.__members__)
del _enum


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
