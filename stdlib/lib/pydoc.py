"""Plain-text help, the part of CPython 3.11's Lib/pydoc.py that help(object)
uses: the same layout (title, signature, indented docstring; a class's
" |  " block with its method resolution order and its sections of methods,
class methods, static methods, properties, data descriptors and data, defined
here and inherited), written to stdout without a pager. Modules and the
interactive help utility are not supported and say so."""

import sys

__all__ = ['help', 'render_doc', 'getdoc']

_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__',
           '__doc__', '__file__', '__spec__', '__loader__', '__module__',
           '__name__', '__package__', '__path__', '__qualname__', '__slots__',
           '__version__', '__dict__', '__weakref__'}
_RULE = '-' * 70


def _cleandoc(doc):
    """inspect.cleandoc: tabs expanded, the common indentation of the lines
    after the first removed, blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _own_doc(obj):
    if isinstance(obj, property):
        obj = obj.fget
    elif isinstance(obj, (staticmethod, classmethod)):
        obj = obj.__func__
    doc = getattr(obj, '__doc__', None)
    return doc if isinstance(doc, str) else None


def getdoc(obj, owner=None, name=None):
    """inspect.getdoc: the object's docstring or, failing that, the one of the
    same name in the owner's bases (for a class, its first documented base)."""
    doc = _own_doc(obj)
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if base is not object and isinstance(base.__doc__, str):
                doc = base.__doc__
                break
    if doc is None and owner is not None:
        for base in owner.__mro__[1:]:
            if name in vars(base):
                doc = _own_doc(vars(base)[name])
                if doc is not None:
                    break
    return None if doc is None else _cleandoc(doc)


def _classname(cls, module):
    if cls.__module__ in ('builtins', module):
        name = cls.__qualname__
        return 'builtins.' + name if cls.__module__ == 'builtins' and module != 'builtins' else name
    return cls.__module__ + '.' + cls.__qualname__


def _annotation(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _params(func):
    """The parameters of a function as inspect.Signature prints them."""
    if not hasattr(func, '__code__'):
        return None
    co = func.__code__
    names = co.co_varnames
    npos, nposonly, nkw = co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = getattr(func, '__annotations__', None) or {}
    first_default = npos - len(defaults)

    def one(name, default=None, has_default=False):
        text = name
        if name in ann:
            text += ': ' + _annotation(ann[name])
        if has_default:
            text += (' = ' if name in ann else '=') + repr(default)
        return text

    parts = []
    for i in range(npos):
        if i >= first_default:
            parts.append(one(names[i], defaults[i - first_default], True))
        else:
            parts.append(one(names[i]))
        if nposonly and i == nposonly - 1:
            parts.append('/')
    at = npos + nkw
    if co.co_flags & 4:
        parts.append('*' + one(names[at]))
        at += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(one(name, kwdefaults.get(name), name in kwdefaults))
    if co.co_flags & 8:
        parts.append('**' + one(names[at]))
    ret = ' -> ' + _annotation(ann['return']) if 'return' in ann else ''
    return parts, ret


def _signature(func, drop_first=False):
    found = _params(func)
    if found is not None:
        parts, ret = found
        if drop_first and parts:
            parts = parts[1:]
            if parts and parts[0] == '/':
                parts = parts[1:]
        return '(' + ', '.join(parts) + ')' + ret
    sig = getattr(func, '__text_signature__', None)
    if not isinstance(sig, str):
        return '(...)'
    inner = sig[1:-1].split(', ') if sig not in ('()', '($module)') else []
    params = []
    for p in inner:
        if p in ('$module', '$type', '$cls'):
            continue
        if p == '$self':
            if drop_first:
                continue
            p = 'self'
        params.append(p)
    if params and params[0] == '/':
        params = params[1:]
    return '(' + ', '.join(params) + ')'


def _indent(text, prefix='    '):
    return '\n'.join(prefix + line for line in text.split('\n'))


def _routine(obj, name=None, owner=None, note=''):
    if hasattr(obj, '__func__') and hasattr(obj, '__code__'):
        obj = obj.__func__
    realname = getattr(obj, '__name__', name)
    name = name or realname
    if realname == '<lambda>':
        decl = name + ' lambda ' + _signature(obj)[1:-1]
    else:
        decl = name + _signature(obj, drop_first=bool(note)) + note
    doc = getdoc(obj, owner, name)
    return decl + '\n' + (_indent(doc) + '\n' if doc else '')


def _entries(kind, name, value, cls):
    module = cls.__module__
    if kind == 'method':
        return _routine(value, name, cls)
    if kind == 'class method':
        func = value.__func__
        decl = name + _signature(func, drop_first=True) + ' from ' + \
            _classname(type(cls), module)
        doc = getdoc(value, cls, name)
        return decl + '\n' + (_indent(doc) + '\n' if doc else '')
    if kind == 'static method':
        return _routine(value.__func__, name, cls)
    if kind in ('property', 'descriptor'):
        doc = getdoc(value, cls, name)
        return name + '\n' + (_indent(doc) + '\n' if doc else '')
    return name + ' = ' + repr(value) + '\n'


def _kind(value):
    if isinstance(value, staticmethod):
        return 'static method'
    if isinstance(value, classmethod):
        return 'class method'
    if isinstance(value, property):
        return 'property' if value.fset is None else 'descriptor'
    if callable(value) and not isinstance(value, type):
        return 'method'
    return 'data'


_TITLES = [('method', 'Methods'), ('class method', 'Class methods'),
           ('static method', 'Static methods'), ('property', 'Readonly properties'),
           ('descriptor', 'Data descriptors'), ('data', 'Data and other attributes')]


def _gives_dict(base):
    """Whether `base` is where instances get __dict__ and __weakref__."""
    if '__slots__' in vars(base):
        return False
    return all(b is object for b in base.__bases__)


def _class(cls, name=None):
    module = cls.__module__
    name = name or cls.__name__
    bases = ', '.join(_classname(b, module) for b in cls.__bases__)
    head = 'class ' + name + ('(' + bases + ')' if bases else '')
    lines = []
    init = None
    for base in cls.__mro__:
        if base is object:
            break
        if '__init__' in vars(base):
            init = vars(base)['__init__']
            break
    if init is not None and hasattr(init, '__code__'):
        lines += [name + _signature(init, drop_first=True), '']
    doc = getdoc(cls)
    if doc:
        lines += doc.split('\n') + ['']
    mro = cls.__mro__
    if len(mro) > 2:
        lines.append('Method resolution order:')
        lines += ['    ' + _classname(c, module) for c in mro]
        lines.append('')
    sections = []
    seen = set()
    for base in mro:
        if base is object:
            break
        where = 'defined here' if base is cls else \
            'inherited from ' + _classname(base, module)
        own = vars(base)
        groups = {}
        for attr in sorted(own):
            if attr in seen:
                continue
            seen.add(attr)
            if attr in _HIDDEN or (attr.startswith('_') and not
                                   (attr.startswith('__') and attr.endswith('__'))):
                continue
            groups.setdefault(_kind(own[attr]), []).append(attr)
        descriptors = []
        if _gives_dict(base):
            descriptors = ['__dict__\n    dictionary for instance variables\n',
                           '__weakref__\n    list of weak references to the object\n']
        for kind, title in _TITLES:
            texts = [_entries(kind, a, own[a], cls) for a in groups.get(kind, [])]
            if kind == 'descriptor':
                texts += descriptors
            if texts:
                sections.append('%s %s:\n\n' % (title, where) + '\n'.join(texts))
    body = '\n'.join(lines)
    if sections:
        body += ('\n' if lines else '') + ('\n' + _RULE + '\n').join(sections)
    body = body.rstrip()
    return head + '\n' + _indent(body, ' |  ') + '\n' if body else head + '\n'


def _describe(obj, name=None):
    """The title and text of the help on `obj` (found under `name`, if the
    request was a name): render_doc's description, then the document."""
    where = None
    if name and '.' in name:
        where = ' in ' + name[:name.rfind('.')]
    if isinstance(obj, type):
        desc = 'class ' + obj.__name__
        text = _class(obj)
        if name and name != obj.__name__:
            text = name + ' = ' + text
    elif hasattr(obj, '__code__'):
        if hasattr(obj, '__self__'):
            desc = 'method ' + obj.__name__
            text = _routine(obj, note=' method of %s instance' %
                            _classname(type(obj.__self__), ''))
        else:
            desc = 'function ' + obj.__name__
            text = _routine(obj)
    elif type(obj).__name__ == 'module':
        raise NotImplementedError('help() of a module is not supported by Coil')
    elif callable(obj) and hasattr(obj, '__text_signature__'):
        qual = getattr(obj, '__qualname__', obj.__name__)
        self_ = getattr(obj, '__self__', None)
        if self_ is not None and type(self_).__name__ != 'module':
            desc = 'built-in function ' + obj.__name__
            text = _routine(obj, note=' method of %s instance' %
                            _classname(type(self_), ''))
            where = where or ''
        elif '.' in qual:
            desc = 'method_descriptor'
            text = _routine(obj)
            where = where or ''
        else:
            desc = 'built-in function ' + obj.__name__
            text = _routine(obj)
        if name and name != obj.__name__:
            text = name + ' = ' + text
    else:
        cls = type(obj)
        desc = cls.__name__
        text = _class(cls)
        where = where or ' in module %s' % cls.__module__
        return 'Help on %s%s object:' % (desc, where), text
    if where is None:
        where = ' in module %s' % obj.__module__
    return 'Help on %s%s:' % (desc, where), text


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None, name=None):
    head, text = _describe(thing, name)
    return head + '\n\n' + text


def _resolve(name):
    """pydoc.locate: the longest importable module prefix, then attributes;
    else a builtin and its attributes."""
    import builtins
    parts = name.split('.')
    for i in range(len(parts), 0, -1):
        try:
            obj = __import__('.'.join(parts[:i]))
        except ImportError:
            continue
        for part in parts[1:]:
            obj = getattr(obj, part, None)
        return obj
    obj = builtins
    for part in parts:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def help(request=None):
    """Print the help on `request` (an object, or the name of one)."""
    if request is None:
        raise NotImplementedError(
            'the interactive help utility is not supported by Coil; use help(object)')
    if isinstance(request, str):
        obj = _resolve(request)
        if obj is None:
            sys.stdout.write('No Python documentation found for %r.\n'
                             'Use help() to get the interactive help utility.\n'
                             'Use help(str) for help on the str class.\n\n' % request)
            return
        sys.stdout.write(render_doc(obj, name=request) + '\n')
        return
    sys.stdout.write(render_doc(request) + '\n')
