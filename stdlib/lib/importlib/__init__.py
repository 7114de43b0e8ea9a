"""A pure Python implementation of import's public face: import_module and reload
(after CPython 3.11's Lib/importlib/__init__.py)."""
import sys
import _imp

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') needs the anchor package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    if name in sys.modules:
        return sys.modules[name]
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Coil's finders keep no caches."""


def reload(module):
    """Run the module's code again in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    _imp.exec_source(module)
    return sys.modules[name]
