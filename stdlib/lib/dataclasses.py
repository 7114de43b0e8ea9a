# Data classes, with the behaviour of CPython 3.11's Lib/dataclasses.py: the
# decorator collects annotated fields (skipping ClassVar, treating InitVar and
# KW_ONLY specially) and writes __init__, __repr__, __eq__, the ordering methods,
# __hash__ and the frozen __setattr__/__delattr__ as source text run by exec, so
# signatures and argument errors are those of ordinary functions. Written for Coil.

import sys  # cpython: 2

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'  # cpython: 180


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()  # cpython: 181


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()  # cpython: 187


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()  # cpython: 193


class _EmptyMetadata:
    # A read-only empty mapping (CPython: mappingproxy({})).
    def __getitem__(self, key):
        raise KeyError(key)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def get(self, key, default=None):
        return default

    def keys(self):
        return {}.keys()

    def items(self):
        return {}.items()

    def values(self):
        return {}.values()

    def __repr__(self):
        return 'mappingproxy({})'


_EMPTY_METADATA = _EmptyMetadata()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name  # cpython: 202

    def __repr__(self):
        return self.name  # cpython: 204


_FIELD = _FIELD_BASE('_FIELD')  # cpython: 205
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')  # cpython: 206
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')  # cpython: 207

_FIELDS = '__dataclass_fields__'  # cpython: 211
_PARAMS = '__dataclass_params__'  # cpython: 215
_POST_INIT_NAME = '__post_init__'  # cpython: 219

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])

_FunctionType = type(lambda: None)


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type  # cpython: 250

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__  # cpython: 254
        else:
            type_name = repr(self.type)  # cpython: 257
        return f'dataclasses.InitVar[{type_name}]'  # cpython: 258

    def __class_getitem__(cls, type):
        return InitVar(type)  # cpython: 261


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,  # cpython: 287
                 metadata, kw_only):
        self.name = None  # cpython: 289
        self.type = None  # cpython: 290
        self.default = default  # cpython: 291
        self.default_factory = default_factory  # cpython: 292
        self.init = init  # cpython: 293
        self.repr = repr  # cpython: 294
        self.hash = hash  # cpython: 295
        self.compare = compare  # cpython: 296
        self.metadata = (_EMPTY_METADATA if metadata is None else metadata)
        self.kw_only = kw_only  # cpython: 300
        self._field_type = None  # cpython: 301

    def __repr__(self):
        return ('Field('  # cpython: 305
                f'name={self.name!r},'  # cpython: 306
                f'type={self.type!r},'  # cpython: 307
                f'default={self.default!r},'  # cpython: 308
                f'default_factory={self.default_factory!r},'  # cpython: 309
                f'init={self.init!r},'  # cpython: 310
                f'repr={self.repr!r},'  # cpython: 311
                f'hash={self.hash!r},'  # cpython: 312
                f'compare={self.compare!r},'  # cpython: 313
                f'metadata={self.metadata!r},'  # cpython: 314
                f'kw_only={self.kw_only!r},'  # cpython: 315
                f'_field_type={self._field_type}'  # cpython: 316
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)  # cpython: 328
        if func:
            func(self.default, owner, name)  # cpython: 332


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init  # cpython: 347
        self.repr = repr  # cpython: 348
        self.eq = eq  # cpython: 349
        self.order = order  # cpython: 350
        self.unsafe_hash = unsafe_hash  # cpython: 351
        self.frozen = frozen  # cpython: 352

    def __repr__(self):
        return ('_DataclassParams('  # cpython: 355
                f'init={self.init!r},'  # cpython: 356
                f'repr={self.repr!r},'  # cpython: 357
                f'eq={self.eq!r},'  # cpython: 358
                f'order={self.order!r},'  # cpython: 359
                f'unsafe_hash={self.unsafe_hash!r},'  # cpython: 360
                f'frozen={self.frozen!r}'  # cpython: 361
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,  # cpython: 368
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default or factory and which methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')  # cpython: 387
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),  # cpython: 396
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'  # cpython: 408
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'  # cpython: 410


def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    # Builds the function from source text, with the names it needs (types,
    # defaults, factories) passed in as arguments of an outer function.
    if locals is None:
        locals = {}  # cpython: 419
    return_annotation = ''  # cpython: 420
    if return_type is not MISSING:
        locals['_return_type'] = return_type  # cpython: 422
        return_annotation = '->_return_type'  # cpython: 423
    args = ','.join(args)  # cpython: 424
    body = '\n'.join(f'  {b}' for b in body)  # cpython: 425
    txt = f' def {name}({args}){return_annotation}:\n{body}'  # cpython: 428
    local_vars = ', '.join(locals.keys())  # cpython: 430
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"  # cpython: 431
    ns = {}
    exec(txt, globals, ns)  # cpython: 433
    return ns['__create_fn__'](**locals)  # cpython: 434


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'  # cpython: 445
    return f'{self_name}.{name}={value}'  # cpython: 446


def _field_init(f, frozen, locals, self_name, slots):
    default_name = f'_dflt_{f.name}'  # cpython: 453
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{default_name}()'  # cpython: 478
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name  # cpython: 492
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)  # cpython: 506


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''  # cpython: 517
    elif f.default is not MISSING:
        default = f'=_dflt_{f.name}'  # cpython: 521
    else:
        default = '=_HAS_DEFAULT_FACTORY'  # cpython: 524
    return f'{f.name}:_type_{f.name}{default}'  # cpython: 525


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             globals, slots):
    seen_default = False  # cpython: 538
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True  # cpython: 543
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '  # cpython: 545
                                'follows default argument')  # cpython: 546
    locals = {f'_type_{f.name}': f.type for f in fields}  # cpython: 548
    locals.update({  # cpython: 549
        'MISSING': MISSING,  # cpython: 550
        '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,  # cpython: 551
        '__dataclass_builtins_object__': object,  # cpython: 552
    })
    body_lines = []  # cpython: 555
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)  # cpython: 557
        if line:
            body_lines.append(line)  # cpython: 561
    if has_post_init:
        params_str = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append(f'{self_name}.{_POST_INIT_NAME}({params_str})')  # cpython: 567
    if not body_lines:
        body_lines = ['pass']  # cpython: 571
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + params, body_lines,
                      locals=locals, globals=globals, return_type=None)


def _recursive_repr(user_function):
    # A repr that meets its own object again while running prints '...'.
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'  # cpython: 237
        running.add(key)
        try:
            result = user_function(self)  # cpython: 240
        finally:
            running.discard(key)
        return result  # cpython: 243
    for name in ('__module__', '__doc__', '__name__', '__qualname__'):
        setattr(wrapper, name, getattr(user_function, name))
    wrapper.__wrapped__ = user_function
    return wrapper  # cpython: 244


def _repr_fn(fields, globals):
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' +  # cpython: 591
                     ', '.join([f"{f.name}={{self.{f.name}!r}}" for f in fields]) +
                     ')"'],
                    globals=globals)  # cpython: 595
    return _recursive_repr(fn)  # cpython: 596


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    return (_create_fn('__setattr__', ('self', 'name', 'value'),
                       (f'if {condition}:',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',  # cpython: 610
                        'super(cls, self).__setattr__(name, value)'),
                       locals=locals, globals=globals),
            _create_fn('__delattr__', ('self', 'name'),
                       (f'if {condition}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',  # cpython: 617
                        'super(cls, self).__delattr__(name)'),
                       locals=locals, globals=globals))


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',  # cpython: 633
                       'return NotImplemented'],  # cpython: 634
                      globals=globals)  # cpython: 635


def _hash_fn(fields, globals):
    self_tuple = _tuple_str('self', fields)  # cpython: 639
    return _create_fn('__hash__', ('self',), [f'return hash({self_tuple})'],
                      globals=globals)  # cpython: 643


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar  # cpython: 649
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY  # cpython: 661


def _split_annotation(text):
    # "mod.Name[...]" -> ("mod", "Name"); "Name" -> ("", "Name"); else None
    # (CPython matches r'^(?:\s*(\w+)\s*\.)?\s*(\w+)').
    def word(s, i):
        j = i
        while j < len(s) and (s[j].isalnum() or s[j] == '_'):
            j += 1
        return s[i:j], j

    def skip_space(s, i):
        while i < len(s) and s[i].isspace():
            i += 1
        return i

    i = skip_space(text, 0)
    first, j = word(text, i)
    if not first:
        return None
    k = skip_space(text, j)
    if k < len(text) and text[k] == '.':
        second, _ = word(text, skip_space(text, k + 1))
        if second:
            return first, second
    return '', first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    # A string annotation names a_type if its first word is a_type's name in
    # the class's module, or module.name with that module being a_module.
    parts = _split_annotation(annotation)
    if parts is None:
        return False  # cpython: 720
    module_name, name = parts
    ns = None  # cpython: 707
    module = sys.modules.get(cls.__module__)  # cpython: 715
    if not module_name:
        if module is not None:
            ns = module.__dict__
    elif module is not None and module.__dict__.get(module_name) is a_module:
        owner = sys.modules.get(a_type.__module__)
        ns = owner.__dict__ if owner is not None else None
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)  # cpython: 731
    if isinstance(default, Field):
        f = default  # cpython: 733
    else:
        f = field(default=default)  # cpython: 738
    f.name = a_name  # cpython: 741
    f.type = a_type  # cpython: 742
    f._field_type = _FIELD  # cpython: 747
    typing = sys.modules.get('typing')  # cpython: 763
    if typing:
        if (_is_classvar(a_type, typing)  # cpython: 765
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR  # cpython: 769
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]  # cpython: 776
        if (_is_initvar(a_type, dataclasses)  # cpython: 777
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,  # cpython: 779
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR  # cpython: 781
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only  # cpython: 803
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '  # cpython: 815
                         f'{f.name} is not allowed: use default_factory')  # cpython: 816
    return f  # cpython: 818


def _set_qualname(cls, value):
    if isinstance(value, _FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"  # cpython: 824
    return value  # cpython: 825


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True  # cpython: 831
    _set_qualname(cls, value)  # cpython: 832
    setattr(cls, name, value)  # cpython: 833
    return False  # cpython: 834


def _hash_set_none(cls, fields, globals):
    return None  # cpython: 843


def _hash_add(cls, fields, globals):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]  # cpython: 846
    return _set_qualname(cls, _hash_fn(flds, globals))  # cpython: 847


def _hash_exception(cls, fields, globals):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    # CPython's table, keyed by (unsafe_hash, eq, frozen, has_explicit_hash).
    if unsafe_hash:
        return _hash_exception if has_explicit_hash else _hash_add
    if not eq or has_explicit_hash:
        return None
    return _hash_add if frozen else _hash_set_none


def _type_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_text(std_fields, kw_only_fields):
    # inspect.signature(cls) for the generated __init__, as __doc__ shows it.
    def param(f):
        text = f'{f.name}: {_type_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    return '(' + ', '.join(params) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}  # cpython: 890
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False  # cpython: 909
    has_dataclass_bases = False  # cpython: 910
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)  # cpython: 914
        if base_fields is not None:
            has_dataclass_bases = True  # cpython: 916
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True  # cpython: 920
    cls_annotations = cls.__dict__.get('__annotations__', {})  # cpython: 934
    cls_fields = []  # cpython: 939
    kw_only_seen = False
    dataclasses = sys.modules[__name__]  # cpython: 942
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, dataclasses)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, dataclasses, dataclasses.KW_ONLY,
                                 _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '  # cpython: 952
                                'has already been specified')  # cpython: 953
            kw_only_seen = True
            kw_only = True  # cpython: 955
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)  # cpython: 975
            else:
                setattr(cls, f.name, f.default)  # cpython: 977
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')  # cpython: 982
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)  # cpython: 998
    class_hash = cls.__dict__.get('__hash__', MISSING)  # cpython: 1005
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')  # cpython: 1012
    all_init_fields = [f for f in fields.values()  # cpython: 1017
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]  # cpython: 1018
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)  # cpython: 1024
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',  # cpython: 1026
                           _init_fn(all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen, has_post_init,
                                    self_name, globals, slots))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]  # cpython: 1043
    if repr:
        flds = [f for f in field_list if f.repr]  # cpython: 1046
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals))  # cpython: 1047
    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__',  # cpython: 1055
                           _cmp_fn('__eq__', '==', _tuple_str('self', flds),
                                   _tuple_str('other', flds), globals=globals))
    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple,
                                                     globals=globals)):
                raise TypeError(f'Cannot overwrite attribute {name} '  # cpython: 1073
                                f'in class {cls.__name__}. Consider using '  # cpython: 1074
                                'functools.total_ordering')  # cpython: 1075
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '  # cpython: 1080
                                f'in class {cls.__name__}')  # cpython: 1081
    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action:
        cls.__hash__ = action(cls, field_list, globals)
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')  # cpython: 1110
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)  # cpython: 1112
    return cls  # cpython: 1116


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if not hasattr(slots, '__next__'):
        return tuple(slots)
    raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")  # cpython: 1144


def _add_slots(cls, is_frozen, weakref_slot):
    # A new class with __slots__ naming the fields.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')  # cpython: 1153
    cls_dict = dict(cls.__dict__)  # cpython: 1156
    field_names = tuple(f.name for f in fields(cls))  # cpython: 1157
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    extra = ('__weakref__',) if weakref_slot else ()
    cls_dict['__slots__'] = tuple(n for n in field_names + extra if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)  # cpython: 1181
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)  # cpython: 1187
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)  # cpython: 1188
    if qualname is not None:
        cls.__qualname__ = qualname  # cpython: 1190
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate  # cpython: 1195
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate  # cpython: 1197
    return cls  # cpython: 1199


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]  # cpython: 1124


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,  # cpython: 1202
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap  # cpython: 1227
    return wrap(cls)  # cpython: 1230


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in definition order."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None  # cpython: 1244
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)  # cpython: 1253


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)  # cpython: 1259
    return hasattr(cls, _FIELDS)  # cpython: 1260


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        # Without a copy module, leaves are shared (immutable ones need no copy).
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")  # cpython: 1283
    return _asdict_inner(obj, dict_factory)  # cpython: 1284


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []  # cpython: 1289
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)  # cpython: 1293
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])  # cpython: 1314
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)  # cpython: 1319
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())  # cpython: 1323
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing into values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")  # cpython: 1348
    return _astuple_inner(obj, tuple_factory)  # cpython: 1349


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])  # cpython: 1366
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)  # cpython: 1371
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))  # cpython: 1373
                         for k, v in obj.items())  # cpython: 1374
    return _deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,  # cpython: 1379
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    """Makes a dataclass from (name[, type[, Field]]) items."""
    if namespace is None:
        namespace = {}  # cpython: 1407
    seen = set()  # cpython: 1411
    annotations = {}  # cpython: 1412
    defaults = {}  # cpython: 1413
    for item in fields:
        if isinstance(item, str):
            name = item  # cpython: 1416
            tp = 'typing.Any'  # cpython: 1417
        elif len(item) == 2:  # cpython: 1418
            name, tp, = item  # cpython: 1419
        elif len(item) == 3:
            name, tp, spec = item  # cpython: 1421
            defaults[name] = spec  # cpython: 1422
        else:
            raise TypeError(f'Invalid field: {item!r}')  # cpython: 1424
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')  # cpython: 1427
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')  # cpython: 1429
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')  # cpython: 1431
        seen.add(name)  # cpython: 1433
        annotations[name] = tp  # cpython: 1434
    body = dict(namespace)
    body.update(defaults)
    body['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    body['__module__'] = module
    meta = type(bases[0]) if bases else type
    cls = meta(cls_name, tuple(bases), body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,  # cpython: 1447
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")  # cpython: 1472
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '  # cpython: 1485
                                 'init=False, it cannot be specified with '  # cpython: 1486
                                 'replace()')  # cpython: 1487
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "  # cpython: 1492
                                 'must be specified with replace()')  # cpython: 1493
            changes[f.name] = getattr(obj, f.name)  # cpython: 1494
    return obj.__class__(**changes)  # cpython: 1501
