# coil-test: helper
"""A library that warns about its own deprecated function."""
import warnings


def old():
    warnings.warn("lib.old is deprecated", DeprecationWarning)
    return 1


def old_for_caller():
    warnings.warn("lib.old_for_caller is deprecated", DeprecationWarning, stacklevel=2)
    return 2
