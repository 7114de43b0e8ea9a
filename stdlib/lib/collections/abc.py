"""collections.abc (CPython 3.11 Lib/collections/abc.py): the abstract base
classes of _collections_abc under their public name."""

from _collections_abc import *  # noqa: F401,F403
from _collections_abc import __all__  # noqa: F401
from _collections_abc import _CallableGenericAlias  # noqa: F401
