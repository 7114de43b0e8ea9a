"""What parsers and argument groups share: `add_argument` (turning its keywords
into an Action), defaults, groups, conflicts between option strings (CPython
3.11 Lib/argparse.py `_ActionsContainer`, `_ArgumentGroup`,
`_MutuallyExclusiveGroup`)."""

# cpython-file: argparse.py 1  (CPython's argparse is one file; frames name it)

import re as _re

from ._actions import (
    OPTIONAL, ZERO_OR_MORE, SUPPRESS, ArgumentError, FileType,
    _StoreAction, _StoreConstAction, _StoreTrueAction, _StoreFalseAction,
    _AppendAction, _AppendConstAction, _CountAction, _HelpAction,
    _VersionAction, _SubParsersAction, _ExtendAction,
)

_NEGATIVE_NUMBER = _re.compile(r"^-\d+$|^-\d*\.\d+$")

_ACTIONS = {
    None: _StoreAction,
    "store": _StoreAction,
    "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction,
    "append": _AppendAction,
    "append_const": _AppendConstAction,
    "count": _CountAction,
    "help": _HelpAction,
    "version": _VersionAction,
    "parsers": _SubParsersAction,
    "extend": _ExtendAction,
}


def _(message):
    # CPython translates messages with gettext; Coil has no catalogues.
    return message


class _ActionsContainer:
    __module__ = "argparse"
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {"action": dict(_ACTIONS)}
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _NEGATIVE_NUMBER
        # shared (by identity) with the groups: non-empty once an option looks
        # like a negative number, so "-1" is then read as an option
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) or add_argument('-f', '--flag', ...)"""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and "dest" in kwargs:
                raise ValueError('dest supplied twice for positional argument')  # cpython: 1431
            kwargs = self._get_positional_kwargs(*args, **kwargs)  # cpython: 1432
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)  # cpython: 1436
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))  # cpython: 1449
        action = action_class(**kwargs)  # cpython: 1450
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))  # cpython: 1455
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'  # cpython: 1458
                             ' must be passed' % (type_func,))  # cpython: 1459
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")  # cpython: 1466
        return self._add_action(action)  # cpython: 1468

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)  # cpython: 1482
        self._actions.append(action)
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
        for opt in action.option_strings:
            if _NEGATIVE_NUMBER.match(opt) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copies a parent parser's arguments, groups and exclusive groups."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError("cannot merge actions - two groups are named %r"
                                 % (group.title,))
            by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = mutex
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            msg = _("'required' is an invalid argument for positionals")  # cpython: 1547
            raise TypeError(msg)  # cpython: 1548
        nargs = kwargs.get("nargs")
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if nargs == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        options, longs = [], []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                args = {'option': option_string, 'prefix_chars': self.prefix_chars}
                msg = _('invalid option string %(option)r: '  # cpython: 1569
                        'must start with a character %(prefix_chars)r')  # cpython: 1570
                raise ValueError(msg % args)  # cpython: 1571
            options.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                longs.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            source = longs[0] if longs else options[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                msg = _('dest= is required for options like %r')  # cpython: 1587
                raise ValueError(msg % option_string)  # cpython: 1588
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=options)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop("action", default)
        return self._registry_get("action", action, action)

    def _get_handler(self):
        handler_func_name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, handler_func_name)
        except AttributeError:
            msg = _('invalid conflict_resolution value: %r')  # cpython: 1604
            raise ValueError(msg % self.conflict_handler)  # cpython: 1605

    def _check_conflict(self, action):
        confl_optionals = [(opt, self._option_string_actions[opt])
                           for opt in action.option_strings
                           if opt in self._option_string_actions]
        if confl_optionals:
            conflict_handler = self._get_handler()  # cpython: 1618
            conflict_handler(action, confl_optionals)  # cpython: 1619

    def _handle_conflict_error(self, action, conflicting_actions):
        word = "string" if len(conflicting_actions) == 1 else "strings"
        message = "conflicting option " + word + ": %s"
        conflict_string = ", ".join(opt for opt, _ in conflicting_actions)
        raise ArgumentError(action, message % conflict_string)  # cpython: 1628

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, old in conflicting_actions:
            old.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments live in the parser."""
    __module__ = "argparse"

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # the parser's own tables, shared so that both see every argument
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super(_ArgumentGroup, self)._add_action(action)  # cpython: 1670
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings

        warnings.warn("Nesting argument groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one (with `required=True` exactly one) of its options may appear."""
    __module__ = "argparse"

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings

        warnings.warn("Nesting mutually exclusive groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)
