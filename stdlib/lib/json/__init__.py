"""JSON (RFC 7159) encoding and decoding, with the interface of CPython 3.11's
Lib/json/__init__.py: dump/dumps write, load/loads read, JSONEncoder and
JSONDecoder can be subclassed. The character-level work is done by the native
_json module (json/decoder.py and json/encoder.py say which parts)."""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]
__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder


# dumps() with every option at its default reuses this encoder.
_default_encoder = JSONEncoder()


def _plain_encoding(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                    indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as a JSON document to fp, a file-like object with .write()."""
    if _plain_encoding(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                       indent, separators, default, sort_keys, kw):
        iterable = _default_encoder.iterencode(obj)  # cpython: 169
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,  # cpython: 173
            check_circular=check_circular, allow_nan=allow_nan, indent=indent,
            separators=separators,
            default=default, sort_keys=sort_keys, **kw).iterencode(obj)  # cpython: 176
    # One write per chunk, as CPython does (a file-like object may count them).
    for chunk in iterable:  # cpython: 179
        fp.write(chunk)  # cpython: 180


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON formatted str."""
    if _plain_encoding(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                       indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)  # cpython: 231
    if cls is None:
        cls = JSONEncoder
    return cls(  # cpython: 234
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)  # cpython: 238


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)

_BINARY = (bytes, bytearray)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (RFC 4627 section 3:
    the pattern of zero bytes among the first four tells UTF-16/32 apart)."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read fp (a file-like object with .read()) and decode it as JSON."""
    return loads(fp.read(),  # cpython: 293
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",  # cpython: 335
                                  s, 0)
    else:
        if not isinstance(s, _BINARY):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '  # cpython: 339
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')  # cpython: 341

    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)  # cpython: 346
    if cls is None:
        cls = JSONDecoder
    for name, hook in (('object_hook', object_hook),
                       ('object_pairs_hook', object_pairs_hook),
                       ('parse_float', parse_float),
                       ('parse_int', parse_int),
                       ('parse_constant', parse_constant)):
        if hook is not None:
            kw[name] = hook
    return cls(**kw).decode(s)  # cpython: 359
