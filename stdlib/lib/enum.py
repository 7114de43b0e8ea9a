# Enumerations, with the behaviour of CPython 3.11's Lib/enum.py: EnumType builds
# the members after the class body ran (in an _EnumDict namespace that records the
# member names and fills in auto() values), Enum looks members up by value,
# Flag composes members bitwise. Written for Coil; no pickling support.

import sys  # cpython: 1
from types import MappingProxyType as _MappingProxy

__all__ = [  # cpython: 8
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
    'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
    'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name',
]

# The classes below test for these before they exist.
Enum = Flag = ReprEnum = EJECT = KEEP = STRICT = CONFORM = None

_builtin_bin = bin


_builtin_property = property


class property:
    """A property for enum members that, read on the enum class, looks the name
    up among the members instead (CPython: a DynamicClassAttribute)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        if self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        return self.fget(instance)  # cpython: 211

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(  # cpython: 215
                "<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)  # cpython: 219

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)  # cpython: 227

    def __set_name__(self, ownerclass, name):
        self.name = name  # cpython: 230
        self.clsname = ownerclass.__name__  # cpython: 231

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class nonmember(object):
    """Keeps a value in an enum body from becoming a member."""
    def __init__(self, value):
        self.value = value  # cpython: 29


class member(object):
    """Makes a value in an enum body a member (e.g. a function)."""
    def __init__(self, value):
        self.value = value  # cpython: 36


_function_types = (type(lambda: None), type(len), type(int.__repr__),
                   classmethod, staticmethod, _builtin_property, property)


def _is_descriptor(obj):
    if isinstance(obj, _function_types):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    if num == 0:
        return False  # cpython: 98
    return num & (num - 1) == 0


def _iter_bits_lsb(num):
    while num:
        low = num & (~num + 1)
        yield low
        num ^= low


def _high_bit(value):
    return value.bit_length() - 1  # cpython: 1558


def bin(num, max_bits=None):
    """Two's complement binary text of num, with the sign shown as 0b0/0b1."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]  # cpython: 149
    digits = s[3:]  # cpython: 150
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]  # cpython: 153
    return "%s %s" % (sign, digits)  # cpython: 154


class _AutoNull:
    def __repr__(self):
        return '_auto_null'  # cpython: 171


_auto_null = _AutoNull()


class auto:
    """Stands for a member value that _generate_next_value_ will choose."""
    def __init__(self, value=_auto_null):
        self.value = value  # cpython: 179

    def __repr__(self):
        return "auto(%r)" % (self.value,)


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                 '_ignore_', '_iter_member_', '_iter_member_by_value_',
                 '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enum body: remembers member names in order."""

    def __init__(self):
        super().__init__()  # cpython: 359
        self._member_names = {}
        self._last_values = []  # cpython: 361
        self._ignore = []  # cpython: 362
        self._auto_called = False  # cpython: 363
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError(  # cpython: 391
                    '_sunder_ names, such as %r, are reserved for future Enum use'  # cpython: 392
                    % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")  # cpython: 398
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)  # cpython: 405
                self._ignore = value  # cpython: 406
                already = set(value) & set(self._member_names)  # cpython: 407
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'  # cpython: 415
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))  # cpython: 418
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))  # cpython: 433
            if isinstance(value, member):
                value = value.value
            value, stored = self._fill_autos(key, value)
            self._member_names[key] = None  # cpython: 461
            if not stored:
                self._last_values.append(value)  # cpython: 463
        super().__setitem__(key, value)  # cpython: 464

    def _fill_autos(self, key, value):
        # auto() alone or inside a plain tuple gets its value now, in body order.
        single = isinstance(value, auto)
        parts = (value,) if single else value
        if type(parts) is not tuple or not any(isinstance(v, auto) for v in parts):
            return value, False
        done = []
        for v in parts:
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                v = v.value
                self._last_values.append(v)
            done.append(v)
        return (done[0] if single else tuple(done)), True

    def update(self, members, **more_members):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]  # cpython: 469
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):
    """The metaclass of Enum: makes the members and answers for the class."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)  # cpython: 485
        enum_dict = _EnumDict()  # cpython: 487
        enum_dict._cls_name = cls  # cpython: 488
        member_type, first_enum = metacls._get_mixins_(cls, bases)  # cpython: 490
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(  # cpython: 492
                first_enum, '_generate_next_value_', None)
        return enum_dict  # cpython: 495

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)  # cpython: 504
        ignore = list(classdict.get('_ignore_', [])) + ['_ignore_']
        for key in ignore:
            classdict.pop(key, None)  # cpython: 510
        member_names = list(getattr(classdict, '_member_names', ()))
        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid),))
        order = classdict.pop('_order_', None)
        body = dict(classdict.items())
        member_type, first_enum = metacls._get_mixins_(cls, bases)  # cpython: 528
        new, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        values = {name: body.pop(name) for name in member_names}
        body['_new_member_'] = new
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases) or cls == 'Flag'
        if is_flag:
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for name in member_names:
            enum_class._add_member_(name, values[name])
        enum_class._finish_methods_(body, bases, member_type, first_enum)
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if is_flag and Flag is not None:
            by_value = [m._value_ for m in enum_class]
            if by_value != sorted(by_value):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        if order is not None:
            enum_class._check_order_(order, is_flag)
        return enum_class  # cpython: 678

    def _add_member_(cls, name, value):
        # Makes one member (or an alias of an earlier one) from its body value.
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._use_args_:
            enum_member = cls._new_member_(cls, *args)
        else:
            enum_member = cls._new_member_(cls)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        is_flag = Flag is not None and issubclass(cls, Flag)
        if is_flag:
            cls._flag_mask_ |= value
            if _is_single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** (cls._flag_mask_.bit_length()) - 1
        canonical = cls._find_by_value_(value)
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            cls._member_names_.append(name)
        type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def _find_by_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        return None

    def _finish_methods_(cls, body, bases, member_type, first_enum):
        # repr/str/format come from the enum unless this class (or a mix-in that
        # is not the data type) defines them; ReprEnum keeps the data type's.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in body:
                method = member_type.__format__
                if method is object.__format__:
                    method = _data_format
                type.__setattr__(cls, '__format__', method)
                body['__format__'] = method
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(cls, '__str__', method)
                body['__str__'] = method
        if first_enum is None:
            return
        for name in ('__repr__', '__str__', '__format__'):
            if name not in body:
                enum_method = getattr(first_enum, name)
                found = getattr(cls, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(cls, name, enum_method)
        if Flag is not None and issubclass(cls, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in body:
                    type.__setattr__(cls, name, Flag.__dict__[name])

    def _check_order_(cls, order, is_flag):
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        if is_flag:
            order = [o for o in order if o not in cls._member_map_
                     or _is_single_bit(cls._member_map_[o]._value_)]
        order = [o for o in order if o not in cls._member_map_ or o in cls._member_names_]
        if order != cls._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (cls._member_names_, order))

    def __bool__(cls):
        return True  # cpython: 684

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)  # cpython: 712
        return cls._create_(  # cpython: 714
            value, names, module=module, qualname=qualname,
            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            _warn_deprecated(
                "in 3.12 __contains__ will no longer raise TypeError, but will return "
                "True or\nFalse depending on whether the value is a member or the value "
                "of a member", 2)
            raise TypeError(  # cpython: 740
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_  # cpython: 743

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))  # cpython: 749
        super().__delattr__(attr)  # cpython: 750

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__',  # cpython: 755
                           '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')  # cpython: 761
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')  # cpython: 763
        if cls._member_type_ is object:
            return sorted(interesting)  # cpython: 765
        return sorted(set(dir(cls._member_type_)) | interesting)  # cpython: 768

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)  # cpython: 780
        try:
            return cls._member_map_[name]  # cpython: 782
        except KeyError:
            raise AttributeError(name) from None  # cpython: 784

    def __getitem__(cls, name):
        return cls._member_map_[name]  # cpython: 790

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)  # cpython: 796

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))  # cpython: 824

    def __len__(cls):
        return len(cls._member_names_)  # cpython: 802

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name, ))  # cpython: 836
        super().__setattr__(name, value)  # cpython: 837

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__  # cpython: 851
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)  # cpython: 853
        classdict = metacls.__prepare__(class_name, bases)  # cpython: 854
        if isinstance(names, str):
            names = names.replace(',', ' ').split()  # cpython: 858
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])  # cpython: 863
                last_values.append(value)  # cpython: 864
                names.append((name, value))  # cpython: 865
        if names is None:
            names = ()  # cpython: 867
        for item in names:  # cpython: 870
            if isinstance(item, str):
                member_name, member_value = item, names[item]  # cpython: 872
            else:
                member_name, member_value = item  # cpython: 874
            classdict[member_name] = member_value  # cpython: 875
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']  # cpython: 881
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module  # cpython: 887
        if qualname is not None:
            classdict['__qualname__'] = qualname  # cpython: 889
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)  # cpython: 891

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(  # cpython: 936
                        "<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum  # cpython: 950
        mcls._check_for_existing_members_(class_name, bases)  # cpython: 952
        first_enum = bases[-1]  # cpython: 956
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "  # cpython: 958
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")  # cpython: 959
        member_type = mcls._find_data_type_(class_name, bases) or object  # cpython: 960
        return member_type, first_enum  # cpython: 961

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_  # cpython: 971
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']  # cpython: 974
        return None  # cpython: 975

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None  # cpython: 983
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base  # cpython: 998
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            skip = (None, None.__new__, object.__new__, Enum.__new__ if Enum else None)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)  # cpython: 1028
                    if not any(target is s for s in skip):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args


EnumMeta = EnumType  # cpython: 1050


def _warn_deprecated(message, stacklevel):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel + 1)


def _data_format(self, format_spec):
    # ReprEnum's format(): the mixed-in data type's __format__, which gives str()
    # for an empty spec and formats the member's value otherwise.
    if not format_spec:
        return str(self)
    return format(self._member_type_(self._value_) if self._member_type_ is not object
                  else self._value_, format_spec)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value  # cpython: 1099
        try:
            return cls._value2member_map_[value]  # cpython: 1103
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % (cls,))
        try:
            exc = None
            result = cls._missing_(value)  # cpython: 1120
        except Exception as e:
            exc = e
            result = None  # cpython: 1123
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))  # cpython: 1133
        if result is None and exc is None:
            raise ve_exc  # cpython: 1135
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a '
                            'valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc  # cpython: 1142
        raise exc  # cpython: 1143

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]  # cpython: 1164
            last_values.sort()  # cpython: 1165
            if last == last_values[-1]:
                return last + 1  # cpython: 1168
            raise TypeError  # cpython: 1171
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1  # cpython: 1182
                except TypeError:
                    pass
            return start

    @classmethod  # cpython: 1187
    def _missing_(cls, value):
        return None  # cpython: 1189

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr  # cpython: 1192
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))  # cpython: 1193

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        interesting = set()  # cpython: 1202
        if self.__class__._member_type_ is not object:
            try:
                interesting = set(object.__dir__(self))  # cpython: 1204
            except AttributeError:
                # Coil's object has no __dir__ yet: the same names, gathered here.
                interesting = set(getattr(self, '__dict__', ()))
                for klass in self.__class__.__mro__:
                    interesting.update(klass.__dict__)
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if name not in self._member_map_:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
                      | interesting)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)  # cpython: 1231

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self  # cpython: 1237

    def __copy__(self):
        return self  # cpython: 1240

    @property
    def name(self):
        return self._name_  # cpython: 1253

    @property
    def value(self):
        return self._value_  # cpython: 1258


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))  # cpython: 1293
        value = str(*values)  # cpython: 1294
        member = str.__new__(cls, value)  # cpython: 1295
        member._value_ = value  # cpython: 1296
        return member  # cpython: 1297

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()  # cpython: 1303


def pickle_by_global_name(self, proto):
    return self.name  # cpython: 1308


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)  # cpython: 1313


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members."""
    STRICT = auto()  # cpython: 1323
    CONFORM = auto()  # cpython: 1324
    EJECT = auto()  # cpython: 1325
    KEEP = auto()  # cpython: 1326


STRICT, CONFORM, EJECT, KEEP = FlagBoundary  # cpython: 1327


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr  # cpython: 1335

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1  # cpython: 1347
        last_value = max(last_values)  # cpython: 1348
        try:
            high_bit = _high_bit(last_value)  # cpython: 1350
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None  # cpython: 1352
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)  # cpython: 1361

    _iter_member_ = _iter_member_by_value_  # cpython: 1363

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_  # cpython: 1390
        singles_mask = cls._singles_mask_  # cpython: 1391
        all_bits = cls._all_bits_  # cpython: 1392
        neg_value = None  # cpython: 1393
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())  # cpython: 1399
                raise ValueError(  # cpython: 1400
                    "%r invalid value %r\n    given %s\n  allowed %s"
                    % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask  # cpython: 1405
            elif cls._boundary_ is EJECT:
                return value  # cpython: 1407
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value  # cpython: 1419
            value = all_bits + 1 + value  # cpython: 1420
        unknown = value & ~flag_mask  # cpython: 1422
        aliases = value & ~singles_mask  # cpython: 1423
        member_value = value & singles_mask  # cpython: 1424
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)  # cpython: 1433
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)  # cpython: 1435
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value  # cpython: 1437
        if member_value or aliases:
            members = []  # cpython: 1439
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)  # cpython: 1442
                combined |= m._value_
            if aliases:
                value = member_value | aliases  # cpython: 1445
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)  # cpython: 1448
                        combined |= pm._value_
            unknown = value ^ combined
            pseudo_member._name_ = '|'.join([m._name_ for m in members])  # cpython: 1451
            if not combined:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))  # cpython: 1455
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)  # cpython: 1457
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)  # cpython: 1463
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member  # cpython: 1465
        return pseudo_member  # cpython: 1466

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))  # cpython: 1475
        return other._value_ & self._value_ == other._value_  # cpython: 1476

    def __iter__(self):
        yield from self._iter_member_(self._value_)  # cpython: 1482

    def __len__(self):
        return self._value_.bit_count()  # cpython: 1485

    def __repr__(self):
        cls_name = self.__class__.__name__  # cpython: 1488
        v_repr = self.__class__._value_repr_ or repr  # cpython: 1489
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))  # cpython: 1491
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))  # cpython: 1493

    def __str__(self):
        cls_name = self.__class__.__name__  # cpython: 1496
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)  # cpython: 1498
        return "%s.%s" % (cls_name, self._name_)  # cpython: 1500

    def __bool__(self):
        return bool(self._value_)  # cpython: 1503

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented  # cpython: 1511
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented  # cpython: 1521
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented  # cpython: 1531
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)  # cpython: 1538
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)  # cpython: 1540
        return self._inverted_  # cpython: 1541

    __rand__ = __and__  # cpython: 1543
    __ror__ = __or__  # cpython: 1544
    __rxor__ = __xor__  # cpython: 1545


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


def unique(enumeration):
    """Class decorator: no two members of the enumeration share a value."""
    duplicates = []  # cpython: 1564
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %  # cpython: 1571
                         (enumeration, details))
    return enumeration  # cpython: 1573


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]  # cpython: 1586
    return '%s.%s' % (module, self._name_)  # cpython: 1587


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]  # cpython: 1595
    cls_name = self.__class__.__name__  # cpython: 1596
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)  # cpython: 1598
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)  # cpython: 1600
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])  # cpython: 1602
    names = []
    for n in self._name_.split('|'):
        if n[0].isdigit():
            names.append(n)
        else:
            names.append('%s.%s' % (module, n))
    return '|'.join(names)


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_  # cpython: 1620


def global_enum(cls, update_str=False):
    """Decorator: members repr as module.NAME and are exported to the module."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)  # cpython: 1634
    return cls  # cpython: 1635


class EnumCheck(StrEnum):
    """Checks that verify() can make."""
    CONTINUOUS = "no skipped integer values"  # cpython: 1806
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"  # cpython: 1807
    UNIQUE = "one name per value"  # cpython: 1808


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck  # cpython: 1809


class verify:
    """Class decorator checking an enumeration's members (only UNIQUE here)."""

    def __init__(self, *checks):
        self.checks = checks  # cpython: 1817

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            else:
                raise NotImplementedError('enum.verify(%s) is not supported by Coil'
                                          % (check.name,))
        return enumeration  # cpython: 1895
