"""`ArgumentParser`: matching command-line strings to actions (CPython 3.11
Lib/argparse.py `_parse_known_args`). The strings are classified into a
pattern ('O' an option, 'A' an argument, '-' a `--`); each action's nargs
becomes a regular expression over that pattern, which decides how many strings
it consumes, so the errors ("expected one argument", ...) fall out the same."""

# cpython-file: argparse.py 2  (CPython's argparse is one file; frames name it)

import re as _re
import sys as _sys

from ._actions import (
    OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER, SUPPRESS,
    _UNRECOGNIZED_ARGS_ATTR, ArgumentError, ArgumentTypeError, Namespace,
    _AttributeHolder, _get_action_name,
)
from ._container import _ActionsContainer
from ._help import HelpFormatter

_NARGS_ERRORS = {
    None: "expected one argument",
    OPTIONAL: "expected at most one argument",
    ONE_OR_MORE: "expected at least one argument",
}


def _nargs_regex(action):
    nargs = action.nargs
    if nargs is None:
        text = "(-*A-*)"
    elif nargs == OPTIONAL:
        text = "(-*A?-*)"
    elif nargs == ZERO_OR_MORE:
        text = "(-*[A-]*)"
    elif nargs == ONE_OR_MORE:
        text = "(-*A[A-]*)"
    elif nargs == REMAINDER:
        text = "([-AO]*)"
    elif nargs == PARSER:
        text = "(-*A[-AO]*)"
    elif nargs == SUPPRESS:
        text = "(-*-*)"
    else:
        text = "(-*" + "-*".join("A" * nargs) + "-*)"
    if action.option_strings:
        # an option's values never include a `--`
        text = text.replace("-*", "").replace("-", "")
    return text


def _basename(path):
    return path.rpartition("/")[2]


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of strings into a Namespace, or prints usage and exits 2."""
    __module__ = "argparse"

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars="-",
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        self.prog = _basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        self.register("type", None, lambda string: string)
        prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(prefix + "h", prefix * 2 + "help", action="help",
                              default=SUPPRESS, help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, "_defaults", None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        keys = ("prog", "usage", "description", "formatter_class",
                "conflict_handler", "add_help")
        return [(k, getattr(self, k)) for k in keys]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            # the sub-parsers' prog: ours followed by the positionals before them
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, "parsers")
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)  # cpython: 1850
        else:
            self._positionals._add_action(action)  # cpython: 1852
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- entry points --------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)  # cpython: 1869
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)  # cpython: 1902
            except ArgumentError as err:
                self.error(str(err))  # cpython: 1904
        else:
            namespace, args = self._parse_known_args(args, namespace)  # cpython: 1906
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options and positionals in any order: a first pass takes the options
        (positionals switched off), a second the strings left over."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s"
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        saved_usage = self.usage
        try:
            if self.usage is None:
                # the usage of both passes is the whole parser's
                self.usage = self.format_usage()[len("usage: "):]
            saved = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, rest = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings

                        warnings.warn("Do not expect %s in %s" % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            optionals = self._get_optional_actions()
            groups = self._mutually_exclusive_groups
            saved = [(a, a.required) for a in optionals] + [(g, g.required) for g in groups]
            try:
                for item, _ in saved:
                    item.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for item, required in saved:
                    item.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- the matching --------------------------------------------------------

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        m = _Matching(self, arg_strings, namespace)
        consume_optional = m.consume_optional
        consume_positionals = m.consume_positionals
        start_index = 0
        max_option_string_index = max(m.options) if m.options else -1
        while start_index <= max_option_string_index:
            next_option_string_index = min(i for i in m.options if i >= start_index)
            if start_index != next_option_string_index:
                positionals_end_index = consume_positionals(start_index)  # cpython: 2096
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in m.options:
                m.extras.extend(arg_strings[start_index:next_option_string_index])
                start_index = next_option_string_index
            start_index = consume_optional(start_index)  # cpython: 2114
        stop_index = consume_positionals(start_index)  # cpython: 2117
        m.extras.extend(arg_strings[stop_index:])
        m.finish()
        return m.namespace, m.extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as f:
                    found = []
                    for line in f.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(found))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(_nargs_regex(action), arg_strings_pattern)
        if found is None:
            msg = _NARGS_ERRORS.get(action.nargs)
            if msg is None:
                word = "argument" if action.nargs == 1 else "arguments"
                msg = "expected %s %s" % (action.nargs, word)
            raise ArgumentError(action, msg)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many leading positionals as can be satisfied, greedily
        for count in range(len(actions), 0, -1):
            regex = "".join(_nargs_regex(a) for a in actions[:count])
            found = _re.match(regex, arg_strings_pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, explicit value) if `arg_string` is an option,
        (None, string, None) for an unknown one, None for an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            opt, value = arg_string.split("=", 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ", ".join(opt for _, opt, _ in candidates)
            self.error("ambiguous option: %s could match %s" % (arg_string, names))
        elif len(candidates) == 1:
            return candidates[0]
        if _re.match(r"^-\d+$|^-\d*\.\d+$", arg_string):
            if not self._has_negative_number_optionals:
                return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        found = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, value = option_string, None
                if "=" in option_string:
                    prefix, value = option_string.split("=", 1)
                for opt, action in self._option_string_actions.items():
                    if opt.startswith(prefix):
                        found.append((action, opt, value))
        elif option_string[0] in chars:
            short, rest = option_string[:2], option_string[2:]
            for opt, action in self._option_string_actions.items():
                if opt == short:
                    found.append((action, opt, rest))
                elif opt.startswith(option_string):
                    found.append((action, opt, None))
        else:
            self.error("unexpected option string: %s" % option_string)
        return found

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            if "--" in arg_strings:
                arg_strings.remove("--")
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)  # cpython: 2480
                self._check_value(action, value)  # cpython: 2481
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)  # cpython: 2491
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)  # cpython: 2496
            self._check_value(action, value)  # cpython: 2497
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]  # cpython: 2501
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]  # cpython: 2505
            self._check_value(action, value[0])  # cpython: 2506
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]  # cpython: 2514
            for v in value:
                self._check_value(action, v)  # cpython: 2516
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            msg = '%r is not callable'
            raise ArgumentError(action, msg % type_func)  # cpython: 2525
        try:
            result = type_func(arg_string)  # cpython: 2529
        except ArgumentTypeError as err:
            msg = str(err)
            raise ArgumentError(action, msg)  # cpython: 2535
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            args = {'type': name, 'value': arg_string}
            msg = 'invalid %(type)s value: %(value)r'
            raise ArgumentError(action, msg % args)  # cpython: 2542
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value,
                    'choices': ', '.join(map(repr, action.choices))}
            msg = 'invalid choice: %(value)r (choose from %(choices)s)'
            raise ArgumentError(action, msg % args)  # cpython: 2553

    # -- help and exit -------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            try:
                (file or _sys.stderr).write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and `prog: error: message` to stderr, exits with 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


class _Matching:
    """One run of `_parse_known_args`: walks the strings, alternating between
    runs of positionals and single options."""
    __module__ = "argparse"

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.positionals = parser._get_positional_actions()
        # each action of an exclusive group conflicts with its siblings
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                self.conflicts.setdefault(action, []).extend(
                    members[:i] + members[i + 1:])
        self.options = {}  # index -> the _parse_optional tuple
        kinds = []
        after_dashes = False
        for i, text in enumerate(strings):
            if after_dashes:
                kinds.append("A")
            elif text == "--":
                kinds.append("-")
                after_dashes = True
            else:
                found = parser._parse_optional(text)
                if found is None:
                    kinds.append("A")
                else:
                    self.options[i] = found
                    kinds.append("O")
        self.pattern = "".join(kinds)
        # take_action's call reads `self._get_values(...)`, as in CPython's
        # closure over the parser.
        self._get_values = parser._get_values

    def take_action(self, action, argument_strings, option_string=None):
        parser = self.parser
        self.seen.add(action)
        argument_values = self._get_values(action, argument_strings)  # cpython: 1962
        values = argument_values
        # an explicit value identical to the default does not count as use
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, "not allowed with argument %s"
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(parser, self.namespace, values, option_string)

    def consume_optional(self, start):
        parser = self.parser
        action, opt, explicit = self.options[start]
        todo = []
        while True:
            if action is None:
                self.extras.append(self.strings[start])
                return start + 1
            if explicit is None:
                begin = start + 1
                count = parser._match_argument(action, self.pattern[begin:])
                stop = begin + count
                todo.append((action, self.strings[begin:stop], opt))
                break
            count = parser._match_argument(action, "A")
            chars = parser.prefix_chars
            if count == 0 and opt[1] not in chars and explicit != "":
                # -xyz: the flag -x, then -y with "z" as what follows
                todo.append((action, [], opt))
                opt = opt[0] + explicit[0]
                rest = explicit[1:] or None
                if opt in parser._option_string_actions:
                    action = parser._option_string_actions[opt]
                    explicit = rest
                else:
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
            elif count == 1:
                stop = start + 1
                todo.append((action, [explicit], opt))
                break
            else:
                raise ArgumentError(action, "ignored explicit argument %r" % explicit)
        take_action = self.take_action
        for action, args, option_string in todo:
            take_action(action, args, option_string)  # cpython: 2054
        return stop

    def consume_positionals(self, start):
        counts = self.parser._match_arguments_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            args = self.strings[start:start + count]
            start += count
            take_action = self.take_action
            take_action(action, args)  # cpython: 2073
        del self.positionals[:len(counts)]
        return start

    def finish(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # string defaults go through type= like typed-in values
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error("one of the arguments %s is required" % " ".join(names))
