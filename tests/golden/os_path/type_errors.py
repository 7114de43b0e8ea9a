# Path functions reject non-path arguments and str/bytes mixtures with CPython's TypeErrors.
import os.path

tests = [
    lambda: os.path.join('a', 1),
    lambda: os.path.join('a', b'b'),
    lambda: os.path.join(1),
    lambda: os.path.basename(None),
    lambda: os.path.splitext(3),
    lambda: os.path.normpath([]),
    lambda: os.path.relpath(b'a', 'b'),
    lambda: os.path.commonpath(['a', b'b']),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
