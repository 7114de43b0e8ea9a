"""Command-line parsing (CPython 3.11 Lib/argparse.py, as documented): parsers,
actions, groups, sub-commands and CPython's exact help and error text. Split in
four files: `_actions` (Action classes, Namespace, errors), `_container`
(add_argument and groups), `_parser` (ArgumentParser and the matching),
`_help` (the formatters)."""

from ._actions import (
    SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER,
    Action, ArgumentError, ArgumentTypeError, BooleanOptionalAction, FileType,
    Namespace, _AttributeHolder, _get_action_name, _StoreAction,
    _StoreConstAction, _StoreTrueAction, _StoreFalseAction, _AppendAction,
    _AppendConstAction, _CountAction, _HelpAction, _VersionAction,
    _SubParsersAction, _ExtendAction, _UNRECOGNIZED_ARGS_ATTR,
)
from ._container import _ActionsContainer, _ArgumentGroup, _MutuallyExclusiveGroup
from ._help import (
    HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
    ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter,
)
from ._parser import ArgumentParser

__all__ = [
    "ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction",
    "FileType", "HelpFormatter", "ArgumentDefaultsHelpFormatter",
    "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "MetavarTypeHelpFormatter",
    "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER",
    "SUPPRESS", "ZERO_OR_MORE",
]
