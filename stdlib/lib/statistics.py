"""Descriptive statistics (CPython 3.11 Lib/statistics.py): averages, medians,
modes, quantiles, spread, and bivariate measures. Sums are exact (every value
is taken as a ratio of integers), so results are correctly rounded and have
the type CPython's coercion rules give (int, float or Fraction). `NormalDist`
and Decimal data are not provided yet."""

import math  # cpython: 130
from bisect import bisect_left, bisect_right  # cpython: 138
from collections import Counter, namedtuple
from fractions import Fraction  # cpython: 135

__all__ = [  # cpython: 107
    "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as (numerator, denominator); an infinity or NaN as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _common_type(types):
    """The type of a result computed from values of these types: int gives
    way to anything, a subclass wins over its base, float over Fraction."""
    result = int
    for t in types:
        if result is t or t is int or t is bool:
            continue
        if result is int or issubclass(t, result):
            result = t
        elif issubclass(result, t):
            pass
        elif issubclass(result, int):
            result = t
        elif issubclass(t, int):
            pass
        elif issubclass(result, Fraction) and issubclass(t, float):
            result = t
        elif issubclass(result, float) and issubclass(t, Fraction):
            pass
        else:
            raise TypeError("don't know how to coerce %s and %s" % (result.__name__, t.__name__))
    return result


def _ratios(data, types):
    """Each value as (numerator, denominator), noting each new type in
    `types` in the order first seen."""
    for x in data:
        if type(x) not in types:
            types.append(type(x))
        yield _ratio(x)


def _exact_sum(data):
    """(result type, exact total, count): the total is a Fraction, or an
    infinity/NaN when one is in the data."""
    by_denominator = {}
    types = []
    count = 0
    for n, d in _ratios(data, types):
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return _common_type(types), total, count


def _sum_of_squares(data, center=None):
    """(result type, exact sum of squared deviations, center, count)."""
    if center is not None:
        t, ssd, count = _exact_sum((x - center) * (x - center) for x in data)
        return t, ssd, center, count
    sx, sxx = {}, {}
    types = []
    count = 0
    for n, d in _ratios(data, types):
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = center = Fraction(0)
    elif None in sx:
        ssd = center = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        total_sq = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * total_sq - total * total) / count
        center = total / count
    return _common_type(types), ssd, center, count


def _as_type(value, t):
    """An exact result converted to the data's type (a non-integral value of
    integer data becomes a float)."""
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    return t(value)


def _sqrt_ratio(n, m):
    """The correctly rounded float square root of n/m (n >= 0, m > 0)."""
    if n == 0:
        return 0.0
    # Scale so the integer root has about 60 bits, mark an inexact root by
    # setting its last bit (round to odd), then round once to a float.
    shift = (120 - (n.bit_length() - m.bit_length())) // 2
    if shift >= 0:
        q, rem = divmod(n << (2 * shift), m)
    else:
        q, rem = divmod(n, m << (-2 * shift))
    root = math.isqrt(q)
    if rem or root * root != q:
        root |= 1
    return math.ldexp(float(root), -shift)


def mean(data):
    """The arithmetic mean of the data, exact before the final rounding."""
    t, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')  # cpython: 432
    return _as_type(total / n, t)


def fmean(data, weights=None):
    """The mean as a float, computed with fsum."""
    try:
        n = len(data)  # cpython: 446
    except TypeError:
        data = list(data)
        n = len(data)  # cpython: 446
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')  # cpython: 458
        return total / n  # cpython: 459
    if not hasattr(weights, "__len__"):
        weights = list(weights)  # cpython: 463
    numerator = math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')  # cpython: 467
    denominator = math.fsum(weights)
    if not denominator:
        raise StatisticsError('sum of weights must be non-zero')  # cpython: 470
    return numerator / denominator


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError(
            "geometric mean requires a non-empty dataset containing positive numbers"
        ) from None


def _nonnegative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The reciprocal of the mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)  # cpython: 517
    message = "harmonic mean does not support negative values"
    n = len(data)  # cpython: 519
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')  # cpython: 521
    if n == 1 and weights is None:
        x = data[0]  # cpython: 523
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(message)
            return x  # cpython: 527
        raise TypeError('unsupported type')  # cpython: 529
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        if iter(weights) is weights:
            weights = list(weights)  # cpython: 535
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')  # cpython: 537
        _, weight_total, _ = _exact_sum(_nonnegative(weights, message))
    try:
        data = _nonnegative(data, message)
        t, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0  # cpython: 543
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')  # cpython: 545
    return _as_type(weight_total / total, t)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)  # cpython: 562
    n = len(data)  # cpython: 563
    if n == 0:
        raise StatisticsError("no median for empty data")  # cpython: 565
    if n % 2:
        return data[n // 2]  # cpython: 567
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values."""
    data = sorted(data)  # cpython: 585
    n = len(data)  # cpython: 586
    if n == 0:
        raise StatisticsError("no median for empty data")  # cpython: 588
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the higher of the two middle values."""
    data = sorted(data)  # cpython: 607
    n = len(data)  # cpython: 608
    if n == 0:
        raise StatisticsError("no median for empty data")  # cpython: 610
    return data[n // 2]  # cpython: 611


def median_grouped(data, interval=1.0):
    """The 50th percentile of data binned in intervals of the given width
    centred on the values."""
    data = sorted(data)  # cpython: 657
    n = len(data)  # cpython: 658
    if n == 0:
        raise StatisticsError("no median for empty data")  # cpython: 660
    x = data[n // 2]  # cpython: 664
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)  # cpython: 673
        x = float(x)  # cpython: 674
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    pairs = Counter(iter(data)).most_common(1)  # cpython: 709
    try:
        return pairs[0][0]  # cpython: 711
    except IndexError:
        raise StatisticsError('no mode for empty data') from None  # cpython: 713


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))  # cpython: 729
    if not counts:
        return []  # cpython: 731
    most = max(counts.values())
    return [value for value, c in counts.items() if c == most]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing the data into n intervals of equal
    probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')  # cpython: 790
    data = sorted(data)  # cpython: 791
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')  # cpython: 794
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')  # cpython: 813


def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    t, ssd, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')  # cpython: 862
    return _as_type(ssd / (n - 1), t)


def pvariance(data, mu=None):
    """The population variance (n in the denominator)."""
    t, ssd, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')  # cpython: 903
    return _as_type(ssd / n, t)


def _root(value):
    # An infinite or NaN sum is a float, which has no numerator: CPython
    # fails the same way (AttributeError) on such data.
    return _sqrt_ratio(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """The square root of the sample variance, as a float."""
    _, ssd, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')  # cpython: 918
    return _root(ssd / (n - 1))


def pstdev(data, mu=None):
    """The square root of the population variance, as a float."""
    _, ssd, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')  # cpython: 936
    return _root(ssd / n)


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def _deviation_products(x, y, n):
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return xbar, ybar, sxy


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = _paired(x, y, "covariance")
    return _deviation_products(x, y, n)[2] / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = _paired(x, y, "correlation")
    xbar, ybar, sxy = _deviation_products(x, y, n)
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')  # cpython: 1021


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))  # cpython: 1024


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points."""
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy = _deviation_products(x, y, n)
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')  # cpython: 1081
    intercept = 0.0 if proportional else ybar - slope * xbar  # cpython: 1082
    return LinearRegression(slope=slope, intercept=intercept)  # cpython: 1083
