"""JSONEncoder (CPython 3.11 Lib/json/encoder.py).

encode() (what dumps() uses) runs the native encoder _json.encode, which
produces the whole text in Rust; iterencode() without _one_shot is the
generator below, yielding the same chunks as CPython's pure-Python encoder
(dump() writes one chunk per call, so their number is observable)."""

import _json
import _traceback
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


# The one-shot encoder stands for CPython's C encoder: no frame of its own.
_traceback.hide(c_make_encoder(None, None, None, None, None, None, None, None, None))


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
        raise TypeError(f'Object of type {o.__class__.__name__} '  # cpython: 180
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)  # cpython: 200
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)  # cpython: 202
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
                raise ValueError(  # cpython: 240
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        # The native encoder stands for CPython's C one, which does not
        # indent: indented output takes the generator below, as CPython's does
        # (tracebacks through it show its frames).
        if _one_shot and self.indent is None:
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, None,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)  # cpython: 258


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot):
    """The chunk generator behind iterencode(): scalars are yielded whole,
    prefixed by the separator before them; containers open and close in
    chunks of their own. Its three generators are named, and raise from the
    lines, as CPython's are, since tracebacks through them show both."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    # int.__repr__, not repr(): an int subclass (IntEnum) may override
    # __repr__ but is still written as a number.
    _intstr = int.__repr__

    def mark(o):
        # Records a container being entered (the caller checked it is not
        # already): its marker, removed again when it is left.
        markers[id(o)] = o
        return id(o)

    def opening(level):
        # (level inside, the newline-and-indent or None, the item separator).
        if _indent is None:
            return level, None, _item_separator
        level += 1
        newline_indent = '\n' + _indent * level
        return level, newline_indent, _item_separator + newline_indent

    def literal(o):
        # The whole chunk of a str, None, True or False; None for any other
        # value. Numbers stay at their call sites: their conversion can raise,
        # and the traceback names the line that converts.
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        return None

    def nested(value, level):
        if isinstance(value, (list, tuple)):
            return _iterencode_list(value, level)
        if isinstance(value, dict):
            return _iterencode_dict(value, level)
        return _iterencode(value, level)

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            if id(lst) in markers:
                raise ValueError("Circular reference detected")  # cpython: 285
            markerid = mark(lst)
        level, newline_indent, separator = opening(_current_indent_level)
        buf = '[' if newline_indent is None else '[' + newline_indent
        for value in lst:
            chunk = literal(value)
            if chunk is not None:
                yield buf + chunk  # cpython: 303
            elif isinstance(value, int):
                yield buf + _intstr(value)  # cpython: 314
            elif isinstance(value, float):
                yield buf + _floatstr(value)  # cpython: 317
            else:
                yield buf
                chunks = nested(value, level)
                yield from chunks  # cpython: 326
            buf = separator
        if newline_indent is not None:
            yield '\n' + _indent * (level - 1)
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            if id(dct) in markers:
                raise ValueError("Circular reference detected")  # cpython: 341
            markerid = mark(dct)
        yield '{'
        level, newline_indent, item_separator = opening(_current_indent_level)
        if newline_indent is not None:
            yield newline_indent
        if _sort_keys:
            items = sorted(dct.items())  # cpython: 354
        else:
            items = dct.items()
        first = True
        for key, value in items:
            # A key is written as a string: a scalar's text, unquoted.
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)  # cpython: 364
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)  # cpython: 373
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '  # cpython: 377
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            chunk = literal(value)
            if chunk is not None:
                yield chunk
            elif isinstance(value, int):
                yield _intstr(value)  # cpython: 395
            elif isinstance(value, float):
                yield _floatstr(value)  # cpython: 398
            else:
                chunks = nested(value, level)
                yield from chunks  # cpython: 406
        if newline_indent is not None:
            yield '\n' + _indent * (level - 1)
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        chunk = literal(o)
        if chunk is not None:
            yield chunk
        elif isinstance(o, int):
            yield _intstr(o)  # cpython: 425
        elif isinstance(o, float):
            yield _floatstr(o)  # cpython: 428
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)  # cpython: 430
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)  # cpython: 432
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")  # cpython: 437
                markerid = mark(o)
            o = _default(o)  # cpython: 439
            yield from _iterencode(o, _current_indent_level)  # cpython: 440
            if markers is not None:
                del markers[markerid]

    return _iterencode
