# The Python part of Coil's `collections` module: `defaultdict`, `Counter`,
# `OrderedDict`, `namedtuple` and `ChainMap`, written to the behaviour of CPython 3.11's
# `Lib/collections/__init__.py` (and, for `defaultdict` and `OrderedDict`, of
# the C types in `Modules/_collectionsmodule.c` and `Objects/odictobject.c`).
# It is compiled into the module at import, after the Rust `deque`.
#
# Coil's `dict` keeps insertion order and lets `d[k]` fall back on a
# subclass's `__missing__`, so all three mappings are `dict` subclasses; the
# order operations of `OrderedDict` re-insert items instead of relinking a
# list (O(n) for `move_to_end(last=False)`, which is rare).

import heapq as _heapq
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


def _package_dir():
    # The folder this code is named in (<prefix>/lib/python3.11/collections).
    return _package_dir.__code__.co_filename.rsplit('/', 1)[0]


# A package, as CPython's collections is, so that `from collections import abc`
# finds the submodule (the native module is made without a __path__).
__path__ = [_package_dir()]
del _package_dir

_MutableSequence.register(deque)

# `keyword.kwlist` of 3.11 (Coil has no `keyword` module).
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])


def _count(pair):
    return pair[1]


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    # The C type's instances have no __dict__ (copies and vars() show it).
    __slots__ = ('default_factory',)

    def __init__(self, *args, **kwargs):
        # The C type takes the factory positionally only, then hands the rest
        # to dict.__init__.
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        else:
            factory = None
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        elif factory is self:
            # `defdict_repr` guards a factory that is the dict itself.
            frepr = '...'
        else:
            frepr = repr(factory)
        return f'{type(self).__name__}({frepr}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        # `defdict_reduce`: the factory as the argument, the items after.
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    'Dictionary that remembers insertion order'  # cpython: 79

    def __init__(self, other=(), /, **kwds):
        super().update(other, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')  # cpython: 166
        key = next(reversed(self)) if last else next(iter(self))
        value = super().pop(key)
        return key, value  # cpython: 181

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        if key not in self:
            raise KeyError(key)
        # `super()` calls: Coil binds a builtin method to the carried dict
        # through attribute lookup, not through `dict.pop(self, ...)`.
        base = super()
        if last:
            base.__setitem__(key, base.pop(key))
            return
        # To the front: take the key out, then re-append every other item
        # behind it.
        rest = [(k, v) for k, v in base.items() if k != key]
        value = base.__getitem__(key)
        base.clear()
        base.__setitem__(key, value)
        for k, v in rest:
            base.__setitem__(k, v)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    def __eq__(self, other):
        # Order matters only between two OrderedDicts.
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)  # cpython: 313

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        'od.copy() -> a shallow copy of od'  # cpython: 294
        return type(self)(self)

    __copy__ = copy

    @classmethod  # cpython: 297
    def fromkeys(cls, iterable, value=None):
        self = cls()  # cpython: 301
        for key in iterable:
            self[key] = value  # cpython: 303
        return self  # cpython: 304

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented  # cpython: 321
        new = type(self)(self)
        new.update(other)  # cpython: 323
        return new  # cpython: 324

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented  # cpython: 328
        new = type(self)(other)
        new.update(self)  # cpython: 330
        return new  # cpython: 331

    def __ior__(self, other):
        self.update(other)  # cpython: 316
        return self  # cpython: 317


################################################################################
### namedtuple
################################################################################

def _field_getter(index, doc):
    return property(lambda self: self[index], doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""

    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()  # cpython: 377
    field_names = list(map(str, field_names))  # cpython: 378
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()  # cpython: 384
                    or name in _KEYWORDS
                    or name.startswith('_')  # cpython: 386
                    or name in seen):
                field_names[index] = f'_{index}'  # cpython: 388
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')  # cpython: 393
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '  # cpython: 395
                             f'identifiers: {name!r}')  # cpython: 396
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '  # cpython: 398
                             f'keyword: {name!r}')  # cpython: 399

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '  # cpython: 404
                             f'{name!r}')  # cpython: 405
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')  # cpython: 407
        seen.add(name)

    field_defaults = {}  # cpython: 410
    if defaults is not None:
        defaults = tuple(defaults)  # cpython: 412
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')  # cpython: 414
        field_defaults = dict(reversed(list(zip(reversed(field_names),  # cpython: 415
                                                reversed(defaults)))))  # cpython: 416

    field_names = tuple(field_names)
    num_fields = len(field_names)  # cpython: 420
    arg_list = ', '.join(field_names)  # cpython: 421
    if num_fields == 1:
        arg_list += ','  # cpython: 423
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'  # cpython: 424
    tuple_new = tuple.__new__  # cpython: 425

    # `__new__` is generated so that a wrong call reports the field names as
    # CPython does. Defaults are written as names bound in the namespace
    # (`_d0`, ...) because they are arbitrary objects.
    namespace = {  # cpython: 430
        '_tuple_new': tuple_new,  # cpython: 431
        '__builtins__': {},  # cpython: 432
        '__name__': f'namedtuple_{typename}',  # cpython: 433
    }
    params = []
    first_default = num_fields - len(field_defaults)
    for index, name in enumerate(field_names):
        if index >= first_default:
            slot = f'_d{index - first_default}'
            namespace[slot] = field_defaults[name]
            params.append(f'{name}={slot}')
        else:
            params.append(name)
    params = ', '.join(params)
    code = f'def __new__(_cls, {params}):\n    return _tuple_new(_cls, ({arg_list}))\n'
    exec(code, namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'  # cpython: 438

    @classmethod  # cpython: 442
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)  # cpython: 444
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')  # cpython: 446
        return result  # cpython: 447

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')  # cpython: 455
        return result  # cpython: 456

    def __repr__(self):
        'Return a nicely formatted representation string'  # cpython: 462
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        'Return a new dict which maps field names to their values.'  # cpython: 466
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'  # cpython: 470
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'  # cpython: 482

    class_namespace = {  # cpython: 486
        '__doc__': f'{typename}({arg_list})',  # cpython: 487
        '__slots__': (),  # cpython: 488
        '_fields': field_names,  # cpython: 489
        '_field_defaults': field_defaults,  # cpython: 490
        '__new__': __new__,  # cpython: 491
        '_make': _make,  # cpython: 492
        '_replace': _replace,  # cpython: 493
        '__repr__': __repr__,  # cpython: 494
        '_asdict': _asdict,  # cpython: 495
        '__getnewargs__': __getnewargs__,  # cpython: 496
        '__match_args__': field_names,  # cpython: 497
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _field_getter(index, f'Alias for field number {index}')

    if module is None:
        # CPython asks the caller's frame; Coil has no `sys._getframe`, so a
        # namedtuple made without `module=` belongs to the main program.
        module = '__main__'
    # In the namespace, not set afterwards: Coil fixes a class's module when
    # the class is made.
    class_namespace['__module__'] = module

    return type(typename, (tuple,), class_namespace)


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'  # cpython: 526
    mapping_get = mapping.get  # cpython: 527
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1  # cpython: 529


def _combine(counter, other, both, alone):
    """The Counter of positive results of a binary Counter operation:
    both(count, other_count) for counter's elements, then alone(count) for
    the elements only other has (None: those are dropped)."""
    if not isinstance(other, Counter):
        return NotImplemented
    result = Counter()
    for elem, count in counter.items():
        newcount = both(count, other[elem])
        if newcount > 0:
            result[elem] = newcount
    if alone is not None:
        for elem, count in other.items():
            if elem not in counter:
                newcount = alone(count)
                if newcount > 0:
                    result[elem] = newcount
    return result


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    '''

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()  # cpython: 598
        self.update(iterable, **kwds)  # cpython: 599

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'  # cpython: 602
        return 0  # cpython: 604

    def total(self):
        'Sum of the counts'  # cpython: 607
        return sum(self.values())  # cpython: 608

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        '''
        # Ties keep insertion order: `sorted` is stable and `nlargest`
        # breaks ties by position.
        if n is None:
            return sorted(self.items(), key=_count, reverse=True)
        return _heapq.nlargest(n, self.items(), key=_count)

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        return _elements(list(self.items()))

    @classmethod  # cpython: 648
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(  # cpython: 657
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')  # cpython: 658

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get  # cpython: 683
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)  # cpython: 685
                else:
                    # Fast path when counter is empty.
                    super().update(iterable)  # cpython: 688
            else:
                _count_elements(self, iterable)  # cpython: 690
        if kwds:
            self.update(kwds)  # cpython: 692

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.'''
        if iterable is not None:
            self_get = self.get  # cpython: 711
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count  # cpython: 714
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1  # cpython: 717
        if kwds:
            self.subtract(kwds)  # cpython: 719

    def copy(self):
        'Return a shallow copy.'  # cpython: 722
        return self.__class__(self)  # cpython: 723

    __copy__ = copy

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'  # cpython: 729
        if elem in self:
            super().__delitem__(elem)  # cpython: 731

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'  # cpython: 735
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())  # cpython: 738
        except TypeError:
            # handle case where values are not orderable
            d = dict(self)  # cpython: 741
        return f'{self.__class__.__name__}({d!r})'  # cpython: 742

    # Multiset comparisons: a missing element counts as zero.

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'  # cpython: 779
        if not isinstance(other, Counter):
            # CPython returns NotImplemented and the reflected `dict.__eq__`
            # compares; Coil does not fall back to the base dict's `__eq__`
            # there, so compare as that fallback would.
            if isinstance(other, dict):
                return dict.__eq__(self, other)
            return NotImplemented  # cpython: 781
        return all(self[e] == other[e] for c in (self, other) for e in c)  # cpython: 782

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'  # cpython: 785
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return dict.__ne__(self, other)
            return NotImplemented  # cpython: 787
        return not self == other  # cpython: 788

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'  # cpython: 791
        if not isinstance(other, Counter):
            return NotImplemented  # cpython: 793
        return all(self[e] <= other[e] for c in (self, other) for e in c)  # cpython: 794

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'  # cpython: 797
        if not isinstance(other, Counter):
            return NotImplemented  # cpython: 799
        return self <= other and self != other  # cpython: 800

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'  # cpython: 803
        if not isinstance(other, Counter):
            return NotImplemented  # cpython: 805
        return all(self[e] >= other[e] for c in (self, other) for e in c)  # cpython: 806

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'  # cpython: 809
        if not isinstance(other, Counter):
            return NotImplemented  # cpython: 811
        return self >= other and self != other  # cpython: 812

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        '''Add counts from two counters.'''
        return _combine(self, other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        return _combine(self, other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        return _combine(self, other, lambda a, b: b if a < b else a, lambda b: b)

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        return _combine(self, other, lambda a, b: a if a < b else b, None)

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'  # cpython: 890
        result = Counter()  # cpython: 891
        for elem, count in self.items():
            if count > 0:
                result[elem] = count  # cpython: 894
        return result  # cpython: 895

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()  # cpython: 902
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count  # cpython: 905
        return result  # cpython: 906

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]  # cpython: 910
        for elem in nonpositive:
            del self[elem]  # cpython: 912
        return self  # cpython: 913

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for elem, count in other.items():
            self[elem] += count  # cpython: 925
        return self._keep_positive()  # cpython: 926

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for elem, count in other.items():
            self[elem] -= count  # cpython: 938
        return self._keep_positive()  # cpython: 939

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for elem, other_count in other.items():
            count = self[elem]  # cpython: 951
            if other_count > count:
                self[elem] = other_count  # cpython: 953
        return self._keep_positive()  # cpython: 954

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding elements.'''
        for elem, count in self.items():
            other_count = other[elem]  # cpython: 966
            if other_count < count:
                self[elem] = other_count  # cpython: 968
        return self._keep_positive()  # cpython: 969


def _elements(pairs):
    # `chain.from_iterable(starmap(repeat, items))`: a count below one yields
    # nothing.
    for elem, count in pairs:
        for _ in range(count):
            yield elem


################################################################################
### ChainMap
################################################################################

class ChainMap(_MutableMapping):
    '''Several mappings searched in order as one; writes and deletions go to
    the first (maps[0]).'''

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)  # cpython: 998

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)            # support subclasses that define __missing__  # cpython: 1006

    def get(self, key, default=None):
        return self[key] if key in self else default  # cpython: 1009

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order a dict built from the last map to the first gets.
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)  # cpython: 1021

    def __bool__(self):
        return any(self.maps)  # cpython: 1024

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'  # cpython: 1028

    @classmethod  # cpython: 1030
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))  # cpython: 1033

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])  # cpython: 1037

    __copy__ = copy  # cpython: 1039

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs  # cpython: 1047
        elif kwargs:
            m.update(kwargs)  # cpython: 1049
        return self.__class__(m, *self.maps)  # cpython: 1050

    @property  # cpython: 1052
    def parents(self):
        return self.__class__(*self.maps[1:])  # cpython: 1055

    def __setitem__(self, key, value):
        self.maps[0][key] = value  # cpython: 1058

    def __delitem__(self, key):
        try:
            del self.maps[0][key]  # cpython: 1062
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')  # cpython: 1064

    def popitem(self):
        try:
            return self.maps[0].popitem()  # cpython: 1069
        except KeyError:
            raise KeyError('No keys found in the first mapping.')  # cpython: 1071

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)  # cpython: 1076
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')  # cpython: 1078

    def clear(self):
        self.maps[0].clear()  # cpython: 1082

    def __ior__(self, other):
        self.maps[0].update(other)  # cpython: 1085
        return self  # cpython: 1086

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented  # cpython: 1090
        m = self.copy()  # cpython: 1091
        m.maps[0].update(other)  # cpython: 1092
        return m  # cpython: 1093

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented  # cpython: 1097
        m = dict(other)  # cpython: 1098
        for child in reversed(self.maps):
            m.update(child)  # cpython: 1100
        return self.__class__(m)  # cpython: 1101


def _hide_c_frames():
    # CPython's OrderedDict, defaultdict and _count_elements are written in C:
    # errors raised in them show no frame of theirs.
    import _traceback
    for cls in (OrderedDict, defaultdict):
        for member in vars(cls).values():
            if isinstance(member, (classmethod, staticmethod)):
                member = member.__func__
            if hasattr(member, '__code__'):
                _traceback.hide(member)
    _traceback.hide(_count_elements)


_hide_c_frames()
del _hide_c_frames
