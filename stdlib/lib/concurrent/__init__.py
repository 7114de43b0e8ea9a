"""The concurrent package (CPython 3.11 `Lib/concurrent/`)."""
