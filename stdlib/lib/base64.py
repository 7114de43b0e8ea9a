"""Base16, Base32 and Base64 encodings (CPython 3.11 Lib/base64.py, RFC 4648),
over `binascii`. Ascii85 and Base85 are not provided yet."""

import binascii  # cpython: 11

__all__ = [  # cpython: 14
    "encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
    "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
]


def _decode_input(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(
        "argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__
    )


def b64encode(s, altchars=None):
    """Base64-encodes bytes; `altchars` replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)  # cpython: 58
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)  # cpython: 60
        return encoded.translate(bytes.maketrans(b'+/', altchars))  # cpython: 61
    return encoded  # cpython: 62


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64; with `validate`, anything outside the alphabet is an
    error instead of being skipped."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)  # cpython: 86
        s = s.translate(bytes.maketrans(altchars, b'+/'))  # cpython: 87
    return binascii.a2b_base64(s, strict_mode=validate)  # cpython: 88


def standard_b64encode(s):
    return b64encode(s)  # cpython: 96


def standard_b64decode(s):
    return b64decode(s)  # cpython: 106


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _decode_input(s)
    return b64decode(s.translate(bytes.maketrans(b"-_", b"+/")))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    if not isinstance(s, (bytes, bytearray)):
        s = memoryview(s).tobytes()
    s = bytes(s)
    leftover = len(s) % 5  # cpython: 177
    if leftover:
        s = s + b"\0" * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], "big")
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    if leftover == 1:
        out[-6:] = b"======"
    elif leftover == 2:
        out[-4:] = b"===="
    elif leftover == 3:
        out[-3:] = b"==="
    elif leftover == 4:
        out[-1:] = b"="
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)  # cpython: 216
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))  # cpython: 217
    if casefold:
        s = s.upper()  # cpython: 219
    total = len(s)
    s = s.rstrip(b'=')  # cpython: 224
    padchars = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()  # cpython: 227
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, "big")
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and decoded:
        acc <<= 5 * padchars  # cpython: 242
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = acc.to_bytes(5, "big")[:keep]
    return bytes(decoded)  # cpython: 246


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Upper-case hexadecimal."""
    return binascii.hexlify(s).upper()  # cpython: 275


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()  # cpython: 290
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error('Non-base16 digit found')  # cpython: 292
    return binascii.unhexlify(s)  # cpython: 293


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    pieces = []  # cpython: 553
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)  # cpython: 557


def decodebytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)  # cpython: 563


def encode(input, output):
    """Base64-encodes the binary file `input` into `output`."""
    while True:
        s = input.read(MAXBINSIZE)  # cpython: 512
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decodes the Base64 file `input` into `output`."""
    while True:
        line = input.readline()  # cpython: 527
        if not line:
            break
        output.write(binascii.a2b_base64(line))
