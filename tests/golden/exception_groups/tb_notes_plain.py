# Notes of an ordinary uncaught exception follow its last line; a non-list __notes__ is printed by repr.
try:
    raise KeyError("inner")
except KeyError as k:
    k.add_note("added while handling")
    e = ValueError("outer")
    e.add_note("note 1")
    e.add_note("note 2")
    raise e
