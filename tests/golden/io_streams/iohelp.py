# coil-test: helper
# Deletes the files a test made: os.remove, or Coil's _io._remove while Coil has no os.
try:
    from os import remove
except ImportError:
    from _io import _remove as remove


def cleanup(*names):
    for name in names:
        remove(name)
