"""Iterator building blocks (CPython 3.11 Modules/itertoolsmodule.c): each
iterator is a class of CPython's name, so type() and the default repr read
`itertools.chain`; count and repeat have CPython's reprs. Arguments are
checked when the iterator is made, as CPython does."""

import sys as _sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]


class _Iter:
    """Common base: iterators return themselves; `_it` is a generator doing the work."""

    __slots__ = ("_it",)
    __module__ = "itertools"

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _check_args(name, args, lo, hi, kwargs=None):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if n < lo:
        if lo == hi:
            raise TypeError(f"{name} expected {lo} argument{'s' if lo > 1 else ''}, got {n}")
        raise TypeError(f"{name} expected at least {lo} argument{'s' if lo > 1 else ''}, got {n}")
    if n > hi:
        if lo == hi:
            raise TypeError(f"{name} expected {hi} argument{'s' if hi > 1 else ''}, got {n}")
        raise TypeError(f"{name} expected at most {hi} argument{'s' if hi > 1 else ''}, got {n}")




class _OverFunction(_Iter):
    """Base of the iterators taking (function, iterable): the subclass's
    `_run` generator over them; `_name` is the one error messages use."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _check_args(self._name, args, 2, 2, kwargs)
        self._it = self._run(args[0], iter(args[1]))


def _is_number(x):
    return isinstance(x, (int, float, complex)) or hasattr(type(x), "__index__") \
        or hasattr(type(x), "__float__")


class count(_Iter):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._n, self._step = start, step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1 and type(step) is not bool:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


class cycle(_Iter):
    """cycle(iterable): its items, then the same items again, forever."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._it = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        while saved:
            yield from saved


class repeat(_Iter):
    """repeat(object [,times]): object, times times (or forever)."""

    __slots__ = ("_obj", "_times")

    def __init__(self, *args, **kwargs):
        if not args and "object" not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        args = dict(zip(("object", "times"), args), **kwargs)
        object, times = args["object"], args.get("times")
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(
                    f"'{type(times).__name__}' object cannot be interpreted as an integer")
            times = max(times, 0)
        self._obj, self._times = object, times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


class accumulate(_Iter):
    """accumulate(iterable, func=None, *, initial=None): running totals."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is not None:
            yield total
        else:
            for total in it:
                yield total
                break
            else:
                return
        for x in it:
            total = total + x if func is None else func(total, x)
            yield total


class chain(_Iter):
    """chain(*iterables): the items of each iterable in turn."""

    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        self._it = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from source

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._it = cls._run(iter(iterable))
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress(_Iter):
    """compress(data, selectors): the items of data whose selector is true."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_OverFunction):
    """dropwhile(predicate, iterable): the items from the first one failing predicate on."""

    __slots__ = ()
    _name = "dropwhile"

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_OverFunction):
    """takewhile(predicate, iterable): the items while predicate holds."""

    __slots__ = ()
    _name = "takewhile"

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Iter):
    """filterfalse(function or None, iterable): the items for which function is false."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _check_args("filterfalse", args, 2, 2, kwargs)
        predicate, it = args[0], iter(args[1])
        if predicate is None:
            predicate = bool
        self._it = (x for x in it if not predicate(x))


class starmap(_OverFunction):
    """starmap(function, iterable): function(*args) for each args tuple."""

    __slots__ = ()
    _name = "starmap"

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class _grouper(_Iter):
    __slots__ = ("_parent", "_key")

    def __init__(self, parent, key):
        self._parent, self._key = parent, key

    def __next__(self):
        p = self._parent
        if p._current is not self:
            raise StopIteration
        if p._pending is _MISSING:
            p._advance()
            if p._pending is _MISSING:
                raise StopIteration
        if p._pending_key != self._key:
            raise StopIteration
        value = p._pending
        p._pending = _MISSING
        return value


_MISSING = object()


class groupby(_Iter):
    """groupby(iterable, key=None): (key, group) for each run of equal keys."""

    __slots__ = ("_source", "_keyfunc", "_pending", "_pending_key", "_current")

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._pending = _MISSING
        self._pending_key = _MISSING
        self._current = None

    def _advance(self):
        for value in self._source:
            self._pending = value
            self._pending_key = value if self._keyfunc is None else self._keyfunc(value)
            return

    def __next__(self):
        current = self._current
        self._current = None
        # Skip what is left of the group being read.
        while True:
            if self._pending is _MISSING:
                self._advance()
                if self._pending is _MISSING:
                    raise StopIteration
            if current is None or self._pending_key != current._key:
                break
            self._pending = _MISSING
        group = _grouper(self, self._pending_key)
        self._current = group
        return self._pending_key, group


def _index_arg(value, message):
    if value is None:
        return None
    if not isinstance(value, int) and hasattr(type(value), "__index__"):
        value = type(value).__index__(value)
    if not isinstance(value, int) or value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


class islice(_Iter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    __slots__ = ("_cnt", "_next", "_stop", "_step")

    def __init__(self, *args, **kwargs):
        _check_args("islice", args, 2, 4, kwargs)
        source = args[0]
        if len(args) == 2:
            start, step = 0, 1
            stop = _index_arg(args[1], "Stop argument for islice() must be None or an "
                                       "integer: 0 <= x <= sys.maxsize.")
        else:
            start = _index_arg(args[1], "Indices for islice() must be None or an "
                                        "integer: 0 <= x <= sys.maxsize.")
            stop = _index_arg(args[2], "Stop argument for islice() must be None or an "
                                       "integer: 0 <= x <= sys.maxsize.")
            step = args[3] if len(args) == 4 else None
            if step is not None:
                step = _index_arg(step, "Step for islice() must be a positive integer or None.")
                if step == 0:
                    raise ValueError("Step for islice() must be a positive integer or None.")
            start = start or 0
            step = step or 1
        self._it = iter(source)
        self._cnt, self._next, self._stop, self._step = 0, start, stop, step

    def __next__(self):
        # islice_next: skip up to the next index, stop at `stop`; the index after
        # the one returned is clamped to `stop`.
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iter):
    """pairwise(iterable): (s0, s1), (s1, s2), ..."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._it = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            for b in it:
                yield a, b
                a = b
            return


class _tee(_Iter):
    __slots__ = ("_buf", "_source", "_pos")

    def __next__(self):
        buf = self._buf
        if self._pos < buf[0] + len(buf[1]):
            value = buf[1][self._pos - buf[0]]
        else:
            value = next(self._source)
            buf[1].append(value)
        self._pos += 1
        return value

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._buf, t._source, t._pos = self._buf, self._source, self._pos
        return t


def tee(iterable, n=2, /):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    if n == 0:
        return ()
    if isinstance(source, _tee):
        first = source.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._buf, first._source, first._pos = [0, []], source, 0
    out = [first]
    for _ in range(n - 1):
        out.append(first.__copy__())
    return tuple(out)


class zip_longest(_Iter):
    """zip_longest(*iterables, fillvalue=None): zip, padding the shorter ones."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._it = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fill):
        if not its:
            return
        active = len(its)
        while True:
            row = []
            for i, it in enumerate(its):
                if it is None:
                    row.append(fill)
                    continue
                value = next(it, _MISSING)
                if value is _MISSING:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    value = fill
                row.append(value)
            yield tuple(row)


class product(_Iter):
    """product(*iterables, repeat=1): the Cartesian product, as nested for-loops."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(
                f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._it = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        yield from result


def _r_arg(r, required=True):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_Iter):
    """permutations(iterable, r=None): r-length orderings, in lexicographic index order."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _r_arg(r)
        self._it = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


def _combination_args(name, args, kwargs):
    if len(args) + len(kwargs) > 2 or set(kwargs) - {"iterable", "r"}:
        raise TypeError(f"{name}() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
    values = dict(zip(("iterable", "r"), args))
    values.update(kwargs)
    if "iterable" not in values:
        raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
    if "r" not in values:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
    return tuple(values["iterable"]), _r_arg(values["r"])


class _OverPool(_Iter):
    """Base of combinations and combinations_with_replacement: (iterable, r)
    bound as CPython binds them, then the subclass's `_run` over the pool."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        pool, r = _combination_args(self._name, args, kwargs)
        self._it = self._run(pool, r)


def _index_walk(pool, indices, top, advance):
    """The pool's items at `indices`, then at each following index tuple:
    the rightmost index not yet at its `top(i)` moves on by `advance(indices, i)`,
    until every index is at its top."""
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(len(indices))):
            if indices[i] != top(i):
                break
        else:
            return
        advance(indices, i)
        yield tuple(pool[i] for i in indices)


def _advance_distinct(indices, i):
    indices[i] += 1
    for j in range(i + 1, len(indices)):
        indices[j] = indices[j - 1] + 1


def _advance_repeating(indices, i):
    indices[i:] = [indices[i] + 1] * (len(indices) - i)


class combinations(_OverPool):
    """combinations(iterable, r): r-length subsequences, in sorted index order."""

    __slots__ = ()
    _name = "combinations"

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r <= n:
            yield from _index_walk(pool, list(range(r)), lambda i: i + n - r,
                                   _advance_distinct)


class combinations_with_replacement(_OverPool):
    """combinations_with_replacement(iterable, r): like combinations, items may repeat."""

    __slots__ = ()
    _name = "combinations_with_replacement"

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if n or not r:
            yield from _index_walk(pool, [0] * r, lambda i: n - 1, _advance_repeating)
