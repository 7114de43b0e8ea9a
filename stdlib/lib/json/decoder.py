"""JSONDecoder and JSONDecodeError (CPython 3.11 Lib/json/decoder.py).

Scanning is native: _json.make_scanner walks a whole document in Rust,
calling the decoder's hooks where CPython's C scanner (Modules/_json.c)
calls them, and raises JSONDecodeError with the same messages and
positions."""

from json import scanner
from _json import scanstring as c_scanstring
from _json import skip_whitespace as _skip_ws

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A ValueError for a malformed document, carrying where it went wrong:
    msg (the message alone), doc, pos (an index into doc), lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

scanstring = c_scanstring
py_scanstring = c_scanstring


class _Whitespace:
    """What CPython's WHITESPACE.match(s, i) gives decode(): a match whose
    end() is past the JSON whitespace at s[i] (a scan, without a regex)."""

    __slots__ = ("_end",)

    def __init__(self, s, i):
        self._end = _skip_ws(s, i)

    def end(self):
        return self._end


class JSONDecoder(object):
    """Decodes JSON text: objects become dicts, arrays lists, strings str,
    numbers int or float, true/false/null True/False/None, and NaN,
    Infinity and -Infinity floats."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=_Whitespace):
        """The Python value of the JSON document s (a str); only
        whitespace may follow it."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())  # cpython: 337
        end = _w(s, end).end()  # cpython: 338
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)  # cpython: 340
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]; return the value
        and the index just after it (anything may follow)."""
        try:
            obj, end = self.scan_once(s, idx)  # cpython: 353
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None  # cpython: 355
        return obj, end
