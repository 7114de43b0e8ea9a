# os.terminal_size is a struct sequence; get_terminal_size on a pipe raises OSError (ENOTTY).
import os

ts = os.terminal_size((100, 40))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts), len(ts))
print(isinstance(ts, os.terminal_size), ts == (100, 40))
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
