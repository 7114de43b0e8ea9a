# The standard streams: names, modes, encodings, errors, fileno and reprs.
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s)
    print(s.name, s.mode, s.encoding, s.errors, s.fileno(), s.line_buffering)
    print(s.readable(), s.writable(), isinstance(s, io.TextIOWrapper))
print(sys.stdout.buffer, sys.stdin.buffer)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.stdout.isatty(), sys.stdout.closed)
