# The io module: constants, UnsupportedOperation, and the abstract classes for isinstance.
import io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation.__mro__)
print(io.open is open)
s, b = io.StringIO(), io.BytesIO()
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.BufferedWriter, io.IOBase))
print(io.StringIO.__name__, io.BytesIO.__module__, io.TextIOWrapper.__module__)
