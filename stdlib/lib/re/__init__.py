"""Support for regular expressions (RE), as CPython 3.11's re module.

The parser, compiler and backtracking matcher are native (the private _sre
module); Pattern, Match, the flags and the module functions are here.
"""

import _sre
import _traceback
from types import MappingProxyType as _MappingProxy
from _sre import search as _search

__all__ = [  # cpython: 130
    "match", "fullmatch", "search", "sub", "subn", "split",  # cpython: 131
    "findall", "finditer", "compile", "purge", "template", "escape",  # cpython: 132
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",  # cpython: 133
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",  # cpython: 134
    "UNICODE", "NOFLAG", "RegexFlag",  # cpython: 135
]

__version__ = "2.2.1"  # cpython: 138

_MAXSIZE = 9223372036854775807

# Flag names in the order the RegexFlag class defines them (its repr order).
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)


class _FlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagType):
    """The re flags: an int whose repr names the flags (re.IGNORECASE|re.DOTALL)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    @property
    def name(self):
        names, rest = self._names()
        if not names and not rest:
            return "NOFLAG"
        if rest:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        value = int(self)
        if value < 0:
            value = value & 511
        names, rest = RegexFlag(value)._names()
        if not names and not rest:
            return "re.NOFLAG"
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

for _name, _bit in _FLAG_ORDER:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = NOFLAG
RegexFlag.A, RegexFlag.I, RegexFlag.L, RegexFlag.U = ASCII, IGNORECASE, LOCALE, UNICODE
RegexFlag.M, RegexFlag.S, RegexFlag.X, RegexFlag.T = MULTILINE, DOTALL, VERBOSE, TEMPLATE
del _name, _bit


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            last = -1
            for i in range(pos):
                if pattern[i:i + 1] == newline:
                    last = i
            self.colno = pos - last
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


def _index(value):
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _flag_repr(flags):
    # The order of sre.c's flag_names table (by bit), unknown bits in hex.
    names = []
    for name, bit in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4),
                      ("MULTILINE", 8), ("DOTALL", 16), ("UNICODE", 32),
                      ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256)):
        if flags & bit:
            names.append("re." + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return "|".join(names)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _MappingProxy(dict(self._groupindex))

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        pattern = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (pattern, _flag_repr(flags))
        return "re.compile(%s)" % pattern

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self.pattern == other.pattern)

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _run(self, string, pos, endpos, mode, must_advance=0):
        return _search(self._code, string, pos, endpos, mode, must_advance, self)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Match at the start of the string (or at pos)."""
        return _search(self._code, string, pos, endpos, 0, 0, self)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Match the whole string (or string[pos:endpos])."""
        return _search(self._code, string, pos, endpos, 1, 0, self)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan for the first place the pattern matches."""
        return _search(self._code, string, pos, endpos, 2, 0, self)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """All non-overlapping matches: strings, or tuples of groups."""
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over all non-overlapping Match objects."""
        return _sre.finditer(self._code, string, pos, endpos, self)

    def split(self, string, maxsplit=0):
        """Split the string by the occurrences of the pattern."""
        return _sre.split(self._code, string, maxsplit)

    def sub(self, repl, string, count=0):
        """Replace the leftmost non-overlapping occurrences of the pattern."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub, but return (new_string, number_of_subs_made)."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            return _sre.sub(self._code, repl, string, count, self)
        parts = _subx(self, repl)
        if isinstance(repl, str) != isinstance(self.pattern, str):
            # The pieces cannot be joined: let join() report it as CPython's does.
            return _sre.sub(self._code, lambda m: m.expand(repl), string, count, self)
        return _sre.sub(self._code, parts, string, count, self)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, _index(pos), _index(endpos))


Pattern.__module__ = "re"
_sre.install_pattern(Pattern)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = 0

    def _next(self, mode):
        if self._pos is None:
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, mode,
                              self._must_advance)
        if m is None:
            self._pos = None
            return None
        start, end = m.span()
        self._must_advance = 1 if start == end else 0
        self._pos = end
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    """The result of a successful match or search."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(type(group), "__index__") and not isinstance(group, (str, bytes)):
            try:
                group = _index(group)
            except TypeError:
                raise IndexError("no such group") from None
            if 0 <= group <= self.re.groups:
                return group
        raise IndexError("no such group")

    def _get(self, index, default=None):
        s = self._spans[2 * index + 1]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * index + 2]]

    def groupdict(self, default=None):
        """A dict of the named subgroups."""
        return {name: self._get(i, default) for name, i in self.re._names}

    @property
    def regs(self):
        return tuple((self._spans[2 * i + 1], self._spans[2 * i + 2])
                     for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re._names:
            if i == self.lastindex:
                return name
        return None

    def expand(self, template):
        """The template with backslash escapes and group references filled in."""
        parts = _expand(self.re, self, template)
        empty = template[:0]
        out = []
        for p in parts:
            if type(p) is int:
                out.append(self._get(p) or empty)
            else:
                out.append(p)
        return empty.join(out)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[1], self._spans[2], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = "re"
_sre.install(Match)


# --- replacement templates (Lib/re/__init__.py _compile_repl, _expand, _subx;
# the parser is re/_parser.py's parse_template) ---

_template_cache = {}


def _lru_cached(parse):
    # functools.lru_cache in CPython: a C wrapper, which leaves no frame.
    def cached(repl, pattern):
        key = (pattern, type(repl), repl)
        try:
            return _template_cache[key]
        except (KeyError, TypeError):
            pass
        parts = parse(repl, pattern)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = parts
        return parts
    return cached


_traceback.hide(_lru_cached)


def _compile_repl(repl, pattern):
    return _parser.parse_template(repl, pattern)  # cpython: 308


_compile_repl = _lru_cached(_compile_repl)


def _expand(pattern, match, template):
    template = _parser.parse_template(template, pattern)  # cpython: 312
    return template


def _subx(pattern, template):
    template = _compile_repl(template, pattern)  # cpython: 317
    return template


from re import _parser


# --- the module functions ---

_cache = {}
_MAXCACHE = 512  # cpython: 271


def _compile_native(pattern, flags):
    return _sre.compile(pattern, flags, error)


# CPython's pattern compiler is Python (re/_compiler.py, re/_parser.py); ours
# is native, and its errors carry those files' frames (modules/re/frames.rs),
# so this call's own frame is hidden.
_traceback.hide(_compile_native)


class _compiler:
    compile = staticmethod(_compile_native)


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]  # cpython: 277
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(  # cpython: 282
                "cannot process flags argument with a compiled pattern")
        return pattern  # cpython: 284
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")  # cpython: 286
    flags & 64
    p = _compiler.compile(pattern, flags)  # cpython: 294
    code, groups, names, final_flags = p
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = final_flags
    p.groups = groups
    p._names = names
    p._groupindex = dict(names)
    p._code = code
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]  # cpython: 299
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p  # cpython: 302
    return p  # cpython: 303


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)  # cpython: 166


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)  # cpython: 171


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)  # cpython: 176


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string with the leftmost non-overlapping occurrences replaced."""
    return _compile(pattern, flags).sub(repl, string, count)  # cpython: 185


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but also return the number of substitutions made."""
    return _compile(pattern, flags).subn(repl, string, count)  # cpython: 196


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)  # cpython: 206


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)  # cpython: 216


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)  # cpython: 223


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)  # cpython: 227


def purge():
    """Clear the regular expression caches."""
    _cache.clear()  # cpython: 231
    _template_cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object (deprecated)."""
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    else:
        pattern = str(pattern, 'latin1')  # cpython: 260
        return pattern.translate(_special_chars).encode("latin1")


def _hide_c_frames():
    # CPython's Pattern, Match and scanner objects are C (_sre), and so is the
    # replacement-template expansion: errors raised in them (or in a callable
    # repl they call) show no frame of theirs.
    import _traceback
    for cls in (Pattern, Match, _Scanner):
        for member in vars(cls).values():
            if isinstance(member, (classmethod, staticmethod)):
                member = member.__func__
            if isinstance(member, property):
                member = member.fget
            if hasattr(member, '__code__'):
                _traceback.hide(member)


_hide_c_frames()
del _hide_c_frames
