"""argparse's help and usage text: `HelpFormatter` and its variants. The output
is CPython 3.11's, character for character: the usage line wrapped at the
terminal width minus 2 (`COLUMNS`, else the terminal's, else 80), help columns capped at 24, text
re-flowed by `textwrap`. The private hooks subclasses override in practice
(`_split_lines`, `_fill_text`, `_get_help_string`, `_format_action_invocation`,
`_get_default_metavar_for_*`, `_format_args`) keep their names."""

import re as _re

from ._actions import (OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, PARSER,
                       SUPPRESS)

_SPACES = _re.compile(r"\s+", _re.ASCII)
_USAGE_PART = _re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")


def _terminal_columns():
    """shutil.get_terminal_size().columns: COLUMNS, else the terminal's width, else 80."""
    try:
        from shutil import get_terminal_size
    except ImportError:
        import _platform

        return _platform.terminal_columns()
    return get_terminal_size().columns


class _Block:
    """A section of the help: a heading and the deferred pieces inside it."""
    __module__ = "argparse"

    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        fmt = self.formatter
        if self.parent is not None:
            fmt._indent()
        body = fmt._join_parts([fn(*args) for fn, args in self.items])
        if self.parent is not None:
            fmt._dedent()
        if not body:
            return ""
        title = ""
        if self.heading is not None and self.heading is not SUPPRESS:
            title = " " * fmt._current_indent + self.heading + ":\n"
        return fmt._join_parts(["\n", title, body, "\n"])


class HelpFormatter:
    """Lays out usage, descriptions and the argument table."""
    __module__ = "argparse"

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Block(self, None)
        self._current_section = self._root_section

    _Section = _Block

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- what callers add ------------------------------------------------

    def start_section(self, heading):
        self._indent()
        block = _Block(self, self._current_section, heading)
        self._add_item(block.format_help, [])
        self._current_section = block

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # the widest invocation (sub-commands indented) sets the help column
        # (CPython measures sub-command lines without their extra indent)
        longest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            longest = max(longest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      longest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _re.sub(r"\n\n\n+", "\n\n", text).strip("\n") + "\n"
        return text

    def _join_parts(self, part_strings):
        return "".join(p for p in part_strings if p and p is not SUPPRESS)

    # -- usage -----------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = "%(prog)s" % dict(prog=self._prog)
        else:
            usage = self._auto_usage(actions, groups, prefix)
        return prefix + usage + "\n\n"

    def _auto_usage(self, actions, groups, prefix):
        prog = "%(prog)s" % dict(prog=self._prog)
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        usage = " ".join(s for s in (prog, whole) if s)
        room = self._width - self._current_indent
        if len(prefix) + len(usage) <= room:
            return usage
        # too long: break between whole bracketed groups
        opt_parts = _USAGE_PART.findall(self._format_actions_usage(opts, groups))
        pos_parts = _USAGE_PART.findall(self._format_actions_usage(poss, groups))

        def wrap(parts, indent, first_prefix=None):
            lines, line = [], []
            used = len(indent) - 1 if first_prefix is None else len(first_prefix) - 1
            for part in parts:
                if line and used + 1 + len(part) > room:
                    lines.append(indent + " ".join(line))
                    line, used = [], len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * room:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = wrap([prog] + opt_parts, indent, prefix)
                lines += wrap(pos_parts, indent)
            elif pos_parts:
                lines = wrap([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = wrap(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = wrap(opt_parts, indent) + wrap(pos_parts, indent)
            lines = [prog] + lines
        return "\n".join(lines)

    def _format_actions_usage(self, actions, groups):
        in_group = set()
        marks = {}  # position in `actions` -> bracket/bar text inserted before it

        def mark(at, text, joiner):
            marks[at] = marks[at] + joiner + text if at in marks else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f"empty group {group}")
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            in_group.update(members)
            shown = sum(1 for a in members if a.help is not SUPPRESS)
            if not group.required:
                mark(start, "[", " ")
                mark(end, "]", "")
            elif shown > 1:
                mark(start, "(", " ")
                mark(end, ")", "")
            for i in range(start + 1, end):
                marks[i] = "|"

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == "|":
                    del marks[i]
                elif marks.get(i + 1) == "|":
                    del marks[i + 1]
                continue
            if not action.option_strings:
                part = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[:1] == "[" and part[-1:] == "]":
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = action.option_strings[0] + " " + self._format_args(action, metavar)
                if not action.required and action not in in_group:
                    part = "[" + part + "]"
            parts.append(part)
        for i in sorted(marks, reverse=True):
            parts.insert(i, marks[i])
        text = " ".join(p for p in parts if p is not None)
        text = _re.sub(r"([\[(]) ", r"\1", text)
        text = _re.sub(r" ([\])])", r"\1", text)
        text = _re.sub(r"[\[(] *[\])]", "", text)
        return text.strip()

    # -- descriptions and the argument table --------------------------------

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, " " * self._current_indent) + "\n\n"

    def _format_action(self, action):
        help_col = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_col, 11)
        name_width = help_col - self._current_indent - 2
        head = self._format_action_invocation(action)
        pad = " " * self._current_indent
        first_indent = 0
        if not action.help:
            head = pad + head + "\n"
        elif len(head) <= name_width:
            head = pad + head.ljust(name_width) + "  "
        else:
            head = pad + head + "\n"
            first_indent = help_col
        parts = [head]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(" " * first_indent + lines[0] + "\n")
                for line in lines[1:]:
                    parts.append(" " * help_col + line + "\n")
        elif not head.endswith("\n"):
            parts.append("\n")
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join(opt + " " + args for opt in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = "{" + ",".join(str(c) for c in action.choices) + "}"
        else:
            shown = default_metavar

        def format(tuple_size):
            return shown if isinstance(shown, tuple) else (shown,) * tuple_size

        return format

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % metavars(1)
        if nargs == OPTIONAL:
            return "[%s]" % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            if len(names) == 2:
                return "[%s [%s ...]]" % names
            return "[%s ...]" % names
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % metavars(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % metavars(1)
        if nargs == SUPPRESS:
            return ""
        try:
            slots = ["%s"] * nargs
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(slots) % metavars(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            if hasattr(values[key], "__name__"):
                values[key] = values[key].__name__
        if values.get("choices") is not None:
            values["choices"] = ", ".join(str(c) for c in values["choices"])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        get = getattr(action, "_get_subactions", None)
        if get is not None:
            self._indent()
            yield from get()
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap

        return textwrap.wrap(_SPACES.sub(" ", text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap

        return textwrap.fill(_SPACES.sub(" ", text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""
    __module__ = "argparse"

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text exactly as written."""
    __module__ = "argparse"

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ` (default: ...)` to help of options and of defaulting positionals."""
    __module__ = "argparse"

    def _get_help_string(self, action):
        text = action.help if action.help is not None else ""
        if "%(default)" not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments by their `type` instead of their dest."""
    __module__ = "argparse"

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
