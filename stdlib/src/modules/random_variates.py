# The Python part of Coil's `random` module (compiled into it at import, as
# collections.py is): the distributions that CPython 3.11's Lib/random.py
# builds on random() and normalvariate(), written to give the same numbers
# from the same draws, plus SystemRandom. Each is added to the Random class
# (so subclasses and other instances have it) and bound on the module's
# hidden instance as CPython's module functions are.

from math import log as _log, exp as _exp, pi as _pi, e as _e
from math import sqrt as _sqrt, acos as _acos, cos as _cos

_TWOPI = 2.0 * _pi
_LOG4 = _log(4.0)
_SG_MAGICCONST = 1.0 + _log(4.5)


def lognormvariate(self, mu, sigma):
    return _exp(self.normalvariate(mu, sigma))


def vonmisesvariate(self, mu, kappa):
    draw = self.random
    if kappa <= 1e-6:
        return _TWOPI * draw()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        z = _cos(_pi * draw())
        d = z / (r + z)
        u = draw()
        if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    if draw() > 0.5:
        return (mu + _acos(f)) % _TWOPI
    return (mu - _acos(f)) % _TWOPI


def gammavariate(self, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    draw = self.random
    if alpha > 1.0:
        # Cheng's rejection method (R. C. H. Cheng, 1977).
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - _LOG4
        ccc = alpha + ainv
        while True:
            u1 = draw()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    if alpha == 1.0:
        return -_log(1.0 - draw()) * beta
    # alpha < 1: Ahrens and Dieter's algorithm GS.
    while True:
        b = (_e + alpha) / _e
        p = b * draw()
        x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
        u = draw()
        if p > 1.0:
            if u <= x ** (alpha - 1.0):
                return x * beta
        elif u <= _exp(-x):
            return x * beta


def betavariate(self, alpha, beta):
    y = self.gammavariate(alpha, 1.0)
    if y:
        return y / (y + self.gammavariate(beta, 1.0))
    return 0.0


def paretovariate(self, alpha):
    return (1.0 - self.random()) ** (-1.0 / alpha)


def weibullvariate(self, alpha, beta):
    return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


for _f in (lognormvariate, vonmisesvariate, gammavariate, betavariate,
           paretovariate, weibullvariate):
    setattr(Random, _f.__name__, _f)
    globals()[_f.__name__] = getattr(_inst, _f.__name__)
del _f


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source; seed()
    does nothing and there is no state to save."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * 2 ** -53

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented
