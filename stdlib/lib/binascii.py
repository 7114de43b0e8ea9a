"""Conversions between binary data and ASCII encodings (CPython 3.11
Modules/binascii.c): hex, base64 (lenient and strict decoding, with the
same errors), CRC-32 and CRC-CCITT."""

__all__ = [
    "Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64", "b2a_hex",
    "crc32", "crc_hqx", "hexlify", "unhexlify",
]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _data(data, ascii_str=False):
    """The bytes of an argument: bytes-like, or (for the a2b functions) an
    ASCII str."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if ascii_str and isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if not isinstance(data, str):
        # Any other buffer (memoryview, array.array) is read as its bytes.
        try:
            return memoryview(data).tobytes()
        except TypeError:
            pass
    if ascii_str:
        raise TypeError(
            "argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__
        )
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally grouped."""
    data = _data(data)
    hexed = data.hex()
    if sep is None or not data:
        return hexed.encode("ascii")
    if isinstance(sep, (bytes, bytearray)):
        sep = sep.decode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    # Groups of `bytes_per_sep` bytes, counted from the right (from the left
    # when negative), as bytes.hex does.
    step = abs(bytes_per_sep) * 2 or len(hexed)
    if bytes_per_sep >= 0:
        cut = len(hexed) % step
        groups = ([hexed[:cut]] if cut else []) + [hexed[i:i + step] for i in range(cut, len(hexed), step)]
    else:
        groups = [hexed[i:i + step] for i in range(0, len(hexed), step)]
    return sep.join(groups).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data from hexadecimal digits."""
    data = _data(hexstr, True)
    if len(data) % 2:
        raise Error("Odd-length string")
    digits = b"0123456789abcdefABCDEF"
    for c in data:
        if c not in digits:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    """Base64 encoding of binary data, with a newline at the end by default."""
    data = _data(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Binary data from base64. Lenient mode skips characters outside the
    alphabet and stops at complete padding; strict mode refuses them."""
    data = _data(data, True)
    out = bytearray()
    quad = 0
    pads = 0
    left = 0
    padding_started = False
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = value
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
            quad = 3
        else:
            out.append(((left << 6) | value) & 0xFF)
            quad = 0
    if quad == 1:
        raise Error(
            "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
            "than a multiple of 4" % (len(out) // 3 * 4 + 1)
        )
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    """The CRC-32 of data, continuing from `crc`."""
    data = _data(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    """The CRC-CCITT (XMODEM) of data, continuing from `crc`."""
    data = _data(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


# CPython's binascii is C: an exception raised in these functions shows no frame of theirs.
import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
