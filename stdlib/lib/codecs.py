"""codecs: encode/decode by codec name, lookup, byte-order marks, and
incremental decoders, over Coil's native codecs (_codecs). Follows the
shape of CPython 3.11 Lib/codecs.py; only the text codecs Coil knows
(utf-8, utf-8-sig, latin-1, ascii, utf-16, utf-32) are available."""

import builtins
import _codecs

__all__ = ["register", "lookup", "open", "encode", "decode", "BOM",
           "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "iterencode", "iterdecode",
           "IncrementalEncoder", "IncrementalDecoder"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


def encode(obj, encoding="utf-8", errors="strict"):
    return _codecs.encode(obj, encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return _codecs.decode(obj, encoding, errors)


class CodecInfo(tuple):
    """What lookup() finds: the codec's name and functions."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


def _make(name):
    started = name in ("utf-8-sig", "utf-16", "utf-32")

    def enc(input, errors="strict"):
        return _codecs.encode(input, name, errors), len(input)

    def dec(input, errors="strict"):
        return _codecs.decode(input, name, errors), len(input)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.first = True

        def encode(self, input, final=False):
            codec = name
            if not self.first and started:
                codec = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le",
                         "utf-32": "utf-32-le"}[name]
            self.first = False
            return _codecs.encode(input, codec, self.errors)

        def reset(self):
            self.first = True

    class Decoder(IncrementalDecoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.buffer = b""

        def decode(self, input, final=False):
            data = self.buffer + input
            text, used = _codecs.decode(data, name, self.errors, final)
            self.buffer = data[used:]
            return text

        def reset(self):
            self.buffer = b""

        def getstate(self):
            return (self.buffer, 0)

    return CodecInfo(enc, dec, incrementalencoder=Encoder,
                     incrementaldecoder=Decoder, name=name)


_cache = {}


def lookup(encoding):
    name = _codecs.lookup_name(encoding)
    info = _cache.get(name)
    if info is None:
        info = _cache[name] = _make(name)
    return info


def register(search_function):
    raise NotImplementedError("codecs.register is not supported by Coil")


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    # CPython wraps a binary file in a StreamReaderWriter, which never
    # translates newlines: a text file with newline="" behaves the same.
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    mode = mode.replace("b", "")
    return builtins.open(filename, mode, buffering, encoding, errors, newline="")
