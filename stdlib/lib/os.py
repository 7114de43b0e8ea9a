"""Operating-system interfaces: the Python half of `os` over the native `posix`
module (Coil's version of CPython 3.11 Lib/os.py, written from its documented
behaviour: environ, scandir's DirEntry, walk, makedirs, fspath, ...)."""

import sys
import abc as _abc
from _collections_abc import MutableMapping as _MutableMapping
from posix import *
from posix import _exit, _scandir
import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
# Spelled out rather than read from posixpath, which may still be importing us.
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError
supports_follow_symlinks = set()
supports_fd = set()
supports_dir_fd = set()
supports_effective_ids = set()

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath',
           'name', 'path', 'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'fsencode', 'fsdecode', 'get_exec_path', 'fdopen', 'extsep',
           'makedirs', 'removedirs', 'renames', 'walk', 'getenv', 'environ',
           'PathLike', 'fspath', 'scandir', 'DirEntry', 'stat_result',
           'terminal_size', 'get_terminal_size']


def _get_exports_list(module):
    return [n for n in dir(module) if n[0] != '_']


__all__.extend(_get_exports_list(_posix))


# --- paths as objects (PEP 519) ---

from _traceback import hide as _traceback_hide

def fspath(path):
    """Return the file system representation of the path."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


# CPython's fspath is C: a failing call shows the caller's line only.
_traceback_hide(fspath)


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    if klass.__dict__['__fspath__'] is None:
                        return NotImplemented
                    return True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    """The file-system bytes of a path (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        # Coil's strings hold no lone surrogates, so 'surrogateescape' never applies.
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """The str of a file-system path; bytes that are not UTF-8 become U+FFFD
    (CPython keeps them as lone surrogates, which Coil's strings cannot hold)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'replace')
    return filename


# --- the environment ---

class _Environ(_MutableMapping):
    """os.environ: a mapping whose changes reach the process environment;
    get() and update() are MutableMapping's, as in CPython."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        for key in list(self._data):
            del self[key]

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The folders that will be searched for a named executable."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# --- scandir ---

_KIND_DIR, _KIND_FILE, _KIND_LINK = 1, 2, 3


class DirEntry:
    """An entry yielded by scandir(): its name and path, and cached stat answers."""

    __module__ = 'posix'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry {!r}>'.format(self.name)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _kind(self):
        if self._d_kind == 0:
            try:
                st = lstat(self.path)
            except OSError:
                return 4
            mode = st.st_mode & 0o170000
            self._lstat = st
            self._d_kind = (_KIND_DIR if mode == 0o040000 else
                            _KIND_FILE if mode == 0o100000 else
                            _KIND_LINK if mode == 0o120000 else 4)
        return self._d_kind

    def is_symlink(self):
        return self._kind() == _KIND_LINK

    def _test_mode(self, follow_symlinks, kind, fmt):
        if follow_symlinks and self.is_symlink():
            try:
                st = self.stat()
            except FileNotFoundError:
                return False
            return st.st_mode & 0o170000 == fmt
        return self._kind() == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _KIND_DIR, 0o040000)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _KIND_FILE, 0o100000)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


def _dir_entry(name, path, kind):
    entry = object.__new__(DirEntry)
    entry.name = name
    entry.path = path
    entry._d_kind = kind
    entry._stat = None
    entry._lstat = None
    return entry


class ScandirIterator:
    __module__ = 'posix'

    def __init__(self, top, items):
        self._top = top
        self._items = items
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._items is None or self._pos >= len(self._items):
            self._items = None
            raise StopIteration
        name, kind = self._items[self._pos]
        self._pos += 1
        top = self._top
        if top is None:
            full = name
        elif isinstance(top, bytes):
            full = top + name if top.endswith(b'/') else top + b'/' + name
        else:
            full = top + name if top.endswith('/') else top + '/' + name
        return _dir_entry(name, full, kind)

    def close(self):
        self._items = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()




def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the folder `path`."""
    if path is None:
        return ScandirIterator('.', _scandir('.'))
    if isinstance(path, int):
        raise NotImplementedError("os.scandir() of a file descriptor is not supported by Coil")
    items = _scandir(path)
    return ScandirIterator(fspath(path), items)


# --- trees ---

def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf folder and all missing intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf folder and then its empty parents."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating the new parents and pruning the old empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each folder in the tree at `top`."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# Whole-file reads and writes on descriptors, for pathlib, shutil and tempfile
# (they need no file objects, so they work whatever open() supports).

def _coil_read_all(path):
    fd = open(path, O_RDONLY)
    try:
        if fstat(fd).st_mode & 0o170000 == 0o040000:
            raise IsADirectoryError(21, 'Is a directory', fspath(path))
        chunks = []
        while True:
            chunk = read(fd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        close(fd)
    return b''.join(chunks)


def _coil_write_all(path, data, flags=O_WRONLY | O_CREAT | O_TRUNC, mode=0o666):
    fd = open(path, flags, mode)
    try:
        _coil_write_fd(fd, data)
    finally:
        close(fd)


def _coil_write_fd(fd, data):
    view = bytes(data)
    while view:
        n = write(fd, view)
        view = view[n:]


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def popen(cmd, mode="r", buffering=-1):
    raise NotImplementedError("os.popen is not supported by Coil yet (use subprocess)")
