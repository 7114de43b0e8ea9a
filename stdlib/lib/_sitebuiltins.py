"""The helper object behind the builtin `help` (CPython 3.11
Lib/_sitebuiltins.py `_Helper`): its repr, and a call that hands over to
pydoc."""


class _Helper(object):
    """The object bound to `help`: called with an object it prints that
    object's documentation (pydoc.help)."""

    def __repr__(self):
        return "Type help() for interactive help, " \
               "or help(object) for help about object."

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)
