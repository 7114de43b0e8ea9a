"""make_scanner (CPython 3.11 Lib/json/scanner.py): the function that reads
one JSON value. It is native (_json.make_scanner) and reads the decoder's
strict, object_hook, object_pairs_hook, parse_float, parse_int and
parse_constant when made, as CPython's C scanner does."""

from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
py_make_scanner = c_make_scanner
