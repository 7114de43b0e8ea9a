# help() of builtin functions and methods uses CPython's docstrings and text signatures.
import pydoc

pydoc.help(len)
pydoc.help(print)
pydoc.help(str.upper)
pydoc.help(dict.get)
pydoc.help(abs)
