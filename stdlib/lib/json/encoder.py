"""JSONEncoder (CPython 3.11 Lib/json/encoder.py).

encode() (what dumps() uses) runs the native encoder _json.encode, which
produces the whole text in Rust; iterencode() without _one_shot is the
generator below, yielding the same chunks as CPython's pure-Python encoder
(dump() writes one chunk per call, so their number is observable)."""

import _json
from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring

__all__ = ['JSONEncoder']

INFINITY = float('inf')

encode_basestring = c_encode_basestring
py_encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii
py_encode_basestring_ascii = c_encode_basestring_ascii


def c_make_encoder(markers, default, encoder, indent, key_separator,
                   item_separator, sort_keys, skipkeys, allow_nan):
    """The one-shot encoder: a function of (o, level) returning the chunks
    of o's text (here, one chunk holding all of it)."""
    def _iterencode(o, _current_indent_level):
        return (_json.encode(o, _current_indent_level, markers, default,
                             encoder, indent, key_separator, item_separator,
                             sort_keys, skipkeys, allow_nan),)
    return _iterencode


class JSONEncoder(object):
    """Encodes Python values as JSON: dict as object, list and tuple as
    array, str as string, int and float as number, True/False/None as
    true/false/null. Override default() to encode other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing spaces at line ends when indenting.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects the encoder does not know; return something
        it does, or raise TypeError (as this one does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its text in chunks."""
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        if _one_shot:
            # Unlike CPython's C encoder, the native one also indents.
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot):
    """The chunk generator behind iterencode(): scalars are yielded whole,
    prefixed by the separator before them; containers open and close in
    chunks of their own."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    _intstr = int.__repr__

    def scalar(value):
        # The text of a scalar value, or None for containers and others.
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            # int.__repr__, not repr(): an int subclass (IntEnum) may
            # override __repr__ but is still written as a number.
            return _intstr(value)
        if isinstance(value, float):
            return _floatstr(value)
        return None

    def enter(o):
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = o
        return key

    def leave(key):
        if key is not None:
            del markers[key]

    def nested(value, level):
        if isinstance(value, (list, tuple)):
            return encode_list(value, level)
        if isinstance(value, dict):
            return encode_dict(value, level)
        return encode_any(value, level)

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = enter(lst)
        head = '['
        if _indent is not None:
            level += 1
            newline = '\n' + _indent * level
            separator = _item_separator + newline
            head += newline
        else:
            newline = None
            separator = _item_separator
        for i, value in enumerate(lst):
            prefix = head if i == 0 else separator
            text = scalar(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from nested(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        leave(marker)

    def key_text(key):
        # A key is written as its scalar text, but a str key unquoted.
        if isinstance(key, str):
            return key
        text = scalar(key)
        if text is not None:
            return text
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline = '\n' + _indent * level
            separator = _item_separator + newline
            yield newline
        else:
            newline = None
            separator = _item_separator
        items = sorted(dct.items()) if _sort_keys else dct.items()
        first = True
        for key, value in items:
            key = key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        leave(marker)

    def encode_any(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from encode_list(o, level)
        elif isinstance(o, dict):
            yield from encode_dict(o, level)
        else:
            marker = enter(o)
            yield from encode_any(_default(o), level)
            leave(marker)

    return encode_any
