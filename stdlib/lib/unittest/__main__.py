"""`coil -m unittest NAME ...`: runs the tests of the named modules, classes
or methods (test discovery, running with no names, is not provided)."""

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

__unittest = True

from .main import main  # noqa: E402

main(module=None)
