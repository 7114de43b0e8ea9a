# The codecs module: encode/decode by name, lookup().name, BOM constants, errors.
import codecs

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9", "latin1"))
print(codecs.encode("é€", "ascii", "backslashreplace"), codecs.decode(b"a\xffb", "ascii", "replace"))
for name in ("UTF8", "utf_8", "Latin-1", "iso-8859-1", "ascii", "US-ASCII", "utf-16", "UTF-32-LE", "utf-8-sig"):
    print(name, codecs.lookup(name).name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
try:
    codecs.lookup("no-such")
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
info = codecs.lookup("utf-8")
print(info.encode("ab"), info.decode(b"ab"))
print(codecs.getencoder("latin-1")("x"), codecs.getdecoder("ascii")(b"y"))
