"""Object-oriented file-system paths (Coil's version of CPython 3.11
Lib/pathlib.py, POSIX flavour only): PurePath/PurePosixPath for the name
operations, Path/PosixPath for the file system. Written from the documented
behaviour; error messages are CPython 3.11's."""

import fnmatch
import functools
import io
import os
import posixpath
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from _keyorder import compared_by as _compared_by
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _is_wildcard_pattern(pat):
    return "*" in pat or "?" in pat or "[" in pat


def _parse(pieces):
    """(root, names) for path strings joined left to right; an absolute piece
    restarts the path."""
    root = ''
    names = []
    for piece in pieces:
        if not piece:
            continue
        if piece.startswith('/'):
            # Exactly two leading slashes are kept (POSIX leaves them to the system).
            if piece.startswith('//') and not piece.startswith('///'):
                root = '//'
            else:
                root = '/'
            names = []
        for name in piece.split('/'):
            if name and name != '.':
                names.append(name)
    return root, names


_SAFE_URI = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


def _quote(data):
    return ''.join(chr(b) if b in _SAFE_URI else '%{:02X}'.format(b) for b in data)


class _PathParents:
    """The logical ancestors of a path, as a read-only sequence."""

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._names = path._names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._root, self._names[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value):
        for i, p in enumerate(self):
            if p == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for p in self if p == value)

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


@_compared_by("_key")
class PurePath:
    """A file-system path without I/O; PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)  # cpython: 477

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)  # cpython: 509
        return cls._from_parsed(root, parts)

    @classmethod
    def _parse_args(cls, args):
        # CPython's flavour-neutral triple; the drive is always empty here.
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts.append(a._str_raw())
                continue
            a = os.fspath(a)  # cpython: 493
            if isinstance(a, str):
                parts.append(str(a))  # cpython: 496
            else:
                raise TypeError(  # cpython: 498
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r"
                    % type(a))
        return '', *_parse(parts)

    @classmethod
    def _from_parsed(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = list(names)
        return self

    def _str_raw(self):
        return self._root + '/'.join(self._names)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        return self._str_raw() or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file:' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote(os.fsencode(str(self)))

    def _key(self):
        return ([self._root] if self._root else []) + self._names

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        if not self._names:
            return ''
        return self._names[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced by `name`."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))  # cpython: 670
        root, names = _parse([name])
        if not name or name[-1] == '/' or root or len(names) != 1 or names[0] != name:
            raise ValueError("Invalid name %r" % (name))  # cpython: 674
        return self._from_parsed(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)  # cpython: 680

    def with_suffix(self, suffix):
        """The path with its suffix changed ('' removes it)."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))  # cpython: 689
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))  # cpython: 691
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))  # cpython: 694
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to `other`; ValueError if it is not below it."""
        if not other:
            raise TypeError("need at least one argument")  # cpython: 713
        to_drv, to_root, to_parts = self._parse_args(other)  # cpython: 721
        mine = ([self._root] if self._root else []) + self._names
        theirs = ([to_root] if to_root else []) + to_parts
        n = len(theirs)
        if (bool(self._root) if n == 0 else mine[:n] != theirs):
            formatted = (to_root + '/'.join(to_parts)) or '.'
            raise ValueError("{!r} is not in the subpath of {!r}"  # cpython: 730
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed('', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._names)
        return tuple(self._names)

    def joinpath(self, *args):
        """This path with each argument appended (an absolute one restarts it)."""
        return self._make_child(args)  # cpython: 763

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)  # cpython: 531
        root, names = _parse([self._str_raw(), root + '/'.join(parts)])
        return self._from_parsed(root, names)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key, self._str_raw()])
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from_parsed(self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """True if the path matches the glob-style pattern (from the right)."""
        root, pat_names = _parse([path_pattern])
        if not pat_names and not root:
            raise ValueError("empty pattern")
        pat_parts = ([root] if root else []) + pat_names
        parts = self._key()
        if root:
            if root != self._root:
                return False
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Coil."""

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported by Coil")


# --- globbing ---

def _make_selector(pattern_parts):
    if not pattern_parts or not pattern_parts[0]:
        return _TerminatingSelector()
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if pat == '**':
        return _RecursiveSelector(child_parts)
    if '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _is_wildcard_pattern(pat):
        return _WildcardSelector(pat, child_parts)
    return _PreciseSelector(pat, child_parts)


class _TerminatingSelector:
    def select(self, parent):
        yield parent


class _ChildSelector:
    def __init__(self, child_parts):
        self.successor = _make_selector(child_parts)
        self.dironly = bool(child_parts)


class _PreciseSelector(_ChildSelector):
    def __init__(self, name, child_parts):
        self.name = name
        _ChildSelector.__init__(self, child_parts)

    def select(self, parent):
        try:
            path = parent._child(self.name)
            if path.is_dir() if self.dironly else path.exists():
                yield from self.successor.select(path)
        except PermissionError:
            return


class _WildcardSelector(_ChildSelector):
    def __init__(self, pat, child_parts):
        self.match = re.compile(fnmatch.translate(pat)).fullmatch
        _ChildSelector.__init__(self, child_parts)

    def select(self, parent):
        try:
            with os.scandir(parent) as it:
                entries = list(it)
            for entry in entries:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                if self.match(entry.name):
                    yield from self.successor.select(parent._child(entry.name))
        except PermissionError:
            return


class _RecursiveSelector(_ChildSelector):
    def _dirs(self, parent):
        yield parent
        try:
            with os.scandir(parent) as it:
                entries = list(it)
            for entry in entries:
                is_dir = False
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                if is_dir:
                    yield from self._dirs(parent._child(entry.name))
        except PermissionError:
            return

    def select(self, parent):
        try:
            seen = set()
            for start in self._dirs(parent):
                for p in self.successor.select(start):
                    if p not in seen:
                        yield p
                        seen.add(p)
        except PermissionError:
            return


class Path(PurePath):
    """A path on the file system: PurePath plus I/O (Path(...) makes a PosixPath)."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = cls._from_parts(args)  # cpython: 871
        return self

    def _child(self, name):
        return self._from_parsed(self._root, self._names + [name])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())  # cpython: 907

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()  # cpython: 920
        try:
            other_st = other_path.stat()  # cpython: 922
        except AttributeError:
            other_st = self.__class__(other_path).stat()  # cpython: 924
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The entries of this folder as paths (in the order the system lists them)."""
        for name in os.listdir(self):  # cpython: 931
            yield self._child(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """The paths below this one that match the relative glob `pattern`."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))  # cpython: 946
        root, names = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")  # cpython: 949
        if pattern[-1] == '/':
            names.append('')
        selector = _make_selector(tuple(n for n in names))
        if not self.is_dir():
            return iter([])
        return selector.select(self)

    def rglob(self, pattern):
        """glob() with '**/' in front: matches at any depth."""
        root, names = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")  # cpython: 964
        if pattern and pattern[-1] == '/':
            names.append('')
        selector = _make_selector(("**",) + tuple(names))
        if not self.is_dir():
            return iter([])
        return selector.select(self)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), self._str_raw()])

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        def check_eloop(e):
            winerror = getattr(e, 'winerror', 0)
            if e.errno == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)  # cpython: 990
        try:
            s = os.path.realpath(self, strict=strict)  # cpython: 993
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)  # cpython: 1013

    def owner(self):
        return _passwd_field(self.stat().st_uid, 2, 0, '/etc/passwd', 'uid')

    def group(self):
        return _passwd_field(self.stat().st_gid, 2, 0, '/etc/group', 'gid')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file the path names, as the built-in open() does."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)  # cpython: 1043
        return io.open(self, mode, buffering, encoding, errors, newline)  # cpython: 1044

    def read_bytes(self):
        with self.open(mode='rb') as f:  # cpython: 1050
            return f.read()  # cpython: 1051

    def read_text(self, encoding=None, errors=None):
        encoding = io.text_encoding(encoding)  # cpython: 1057
        with self.open(mode='r', encoding=encoding, errors=errors) as f:  # cpython: 1058
            return f.read()  # cpython: 1059

    def write_bytes(self, data):
        # The buffer check comes before the file is truncated.
        view = memoryview(data)  # cpython: 1066
        with self.open(mode='wb') as f:  # cpython: 1067
            return f.write(view)  # cpython: 1068

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %  # cpython: 1075
                            data.__class__.__name__)  # cpython: 1076
        encoding = io.text_encoding(encoding)  # cpython: 1077
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:  # cpython: 1078
            return f.write(data)  # cpython: 1079

    def readlink(self):
        return self._from_parts((os.readlink(self),))  # cpython: 1087

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if missing; otherwise update its modification time."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)  # cpython: 1108
        os.close(fd)  # cpython: 1109

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the folder (and its parents with parents=True)."""
        try:
            os.mkdir(self, mode)  # cpython: 1116
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)  # cpython: 1120
            self.mkdir(mode, parents=False, exist_ok=exist_ok)  # cpython: 1121
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)  # cpython: 1132

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)  # cpython: 1139

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)  # cpython: 1147
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)  # cpython: 1156

    def lstat(self):
        return self.stat(follow_symlinks=False)  # cpython: 1163

    def rename(self, target):
        os.rename(self, target)  # cpython: 1175
        return self.__class__(target)  # cpython: 1176

    def replace(self, target):
        os.replace(self, target)  # cpython: 1188
        return self.__class__(target)  # cpython: 1189

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)  # cpython: 1198

    def hardlink_to(self, target):
        os.link(target, self)  # cpython: 1208

    def link_to(self, target):
        os.link(self, target)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_test(self, test, follow=True):
        try:
            return test(self.stat(follow_symlinks=follow).st_mode)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False

    def is_dir(self):
        return self._mode_test(S_ISDIR)

    def is_file(self):
        return self._mode_test(S_ISREG)

    def is_mount(self):
        return os.path.ismount(self)

    def is_symlink(self):
        return self._mode_test(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        return self._mode_test(S_ISCHR)

    def is_fifo(self):
        return self._mode_test(S_ISFIFO)

    def is_socket(self):
        return self._mode_test(S_ISSOCK)

    def expanduser(self):
        if not self._root and self._names and self._names[0][:1] == '~':
            homedir = os.path.expanduser(self._names[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")  # cpython: 1385
            return self._from_parts([homedir] + self._names[1:])
        return self


def _passwd_field(number, id_index, name_index, table, what):
    try:
        text = os._coil_read_all(table).decode('utf-8', 'replace')
    except OSError:
        text = ''
    for line in text.splitlines():
        fields = line.split(':')
        if len(fields) > id_index and fields[id_index] == str(number):
            return fields[name_index]
    raise KeyError('getpw%s(): %s not found: %d' % (what, what, number))


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by Coil."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
