"""The io module: open(), the stream classes and the abstract base classes.

Files, buffered objects and TextIOWrapper are native (_io); StringIO and
BytesIO are written here. Follows CPython 3.11 Lib/io.py and Lib/_pyio.py.
"""

import abc
import _io
from builtins import open
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,
                 FileIO, BufferedReader, BufferedWriter, BufferedRandom,
                 TextIOWrapper)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class IOBase(metaclass=abc.ABCMeta):
    """The base of all I/O classes: what every stream offers."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Raw binary I/O: read() is built on readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Text I/O: read() and write() take and give str."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _truncate_target(stream, pos, negative):
    """Where truncate(pos) cuts an in-memory stream: pos, or the current
    position when pos is None (the two classes word the error differently)."""
    stream._checkClosed()
    if pos is None:
        return stream._pos
    if pos < 0:
        raise ValueError(negative % (pos,))
    return pos


class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0

    def __getstate__(self):
        if self.closed:
            raise ValueError("__getstate__ on closed file")
        return self.__dict__.copy()

    def getvalue(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return bytes(self._buffer)

    def getbuffer(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return memoryview(self._buffer)

    def close(self):
        self._buffer = None

    @property
    def closed(self):
        return self._buffer is None

    def read(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        else:
            size = size.__index__()
        if size < 0:
            size = len(self._buffer)
        if len(self._buffer) <= self._pos:
            return b""
        newpos = min(len(self._buffer), self._pos + size)
        b = self._buffer[self._pos:newpos]
        self._pos = newpos
        return bytes(b)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        buf = self._buffer
        end = buf.find(b"\n", self._pos)
        end = len(buf) if end < 0 else end + 1
        if 0 <= size < end - self._pos:
            end = self._pos + size
        b = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return bytes(b)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer += b"\x00" * (pos - len(self._buffer))
        self._buffer[pos:pos + n] = b
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        try:
            pos_index = pos.__index__
        except AttributeError:
            raise TypeError(f"'{type(pos).__name__}' object cannot be "
                            "interpreted as an integer")
        pos = pos_index()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % (whence,))
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        pos = _truncate_target(self, pos, "negative size value %d")
        del self._buffer[pos:]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


class StringIO(TextIOBase):
    """A text stream in memory (newline=None translates on read as a file
    would; the default '\\n' keeps text as written)."""

    __module__ = "_io"

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __enter__(self):
        return self.__iter__()

    def readlines(self, hint=None):
        self.__iter__()
        return TextIOBase.readlines(self, hint)

    def isatty(self):
        self.__iter__()
        return False

    def flush(self):
        pass

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._text = ""
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def getvalue(self):
        self._checkClosed()
        return self._text

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl in ("\r", "\r\n"):
            s = s.replace("\n", nl)
        text = self._text
        pos = self._pos
        if pos == len(text):
            self._text = text + s
        elif pos > len(text):
            self._text = text + "\0" * (pos - len(text)) + s
        else:
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            end = len(self._text)
        else:
            end = self._pos + size
        s = self._text[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._text)))
        return s

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        text = self._text
        pos = self._pos
        nl = self._newline
        if nl == "":
            i = pos
            end = len(text)
            while i < len(text):
                c = text[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if text[i + 1:i + 2] == "\n" else i + 1
                    break
                i += 1
        else:
            sep = "\n" if nl is None else nl
            i = text.find(sep, pos)
            end = len(text) if i < 0 else i + len(sep)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = max(pos, end)
        return text[pos:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % (pos,))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._text)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)"
                             % (whence,))
        return self._pos

    # Position and capabilities: as a BytesIO answers them.
    tell = BytesIO.tell
    readable = BytesIO.readable
    writable = BytesIO.writable
    seekable = BytesIO.seekable

    def truncate(self, pos=None):
        pos = _truncate_target(self, pos, "Negative size value %d")
        self._text = self._text[:pos]
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        raise NotImplementedError("io.BufferedRWPair is not supported by Coil")


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        raise NotImplementedError(
            "io.IncrementalNewlineDecoder is not supported by Coil")


RawIOBase.register(FileIO)
for _c in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_c)
TextIOBase.register(TextIOWrapper)
del _c
