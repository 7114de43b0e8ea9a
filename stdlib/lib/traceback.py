"""Extracting, formatting and printing tracebacks and stacks (CPython 3.11
Lib/traceback.py). The text of a whole exception report, carets and chains and
groups included, comes from the interpreter's own renderer (the native
_traceback module), so it is the same as an uncaught exception's."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()
_RECURSIVE_CUTOFF = 3


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract(_walk_tb_objects(tb), limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(
                f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _split_report(text):
    # The report as CPython's generator yields it: the header, one string per
    # traceback entry (File line with its source and carets), the chain
    # messages with their blank lines, then the remaining lines one by one.
    lines = text.splitlines(True)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File ') or (line.startswith('    ') and out
                                          and out[-1].startswith('  File ')):
            if line.startswith('    '):
                out[-1] += line
            else:
                out.append(line)
        elif (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n'
              and lines[i + 1].startswith(('The above exception',
                                           'During handling'))):
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 2
        else:
            out.append(line)
        i += 1
    return out


def _report(value, tb, limit, chain):
    if value is None:
        return 'NoneType: None\n'
    if not isinstance(value, BaseException):
        raise TypeError(
            f'Exception expected for value, {type(value).__name__} found')
    if tb is value.__traceback__:
        return _traceback.format_exception(value, limit, chain)
    saved = value.__traceback__
    value.__traceback__ = tb
    try:
        return _traceback.format_exception(value, limit, chain)
    finally:
        value.__traceback__ = saved


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in _split_report(_report(value, tb, limit, chain)):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return _split_report(_report(value, tb, limit, chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [_format_final_exc_line(type(value).__qualname__, value)]
    if isinstance(value, SyntaxError):
        return _syntax_error_lines(value)
    return _traceback.format_exception_only(value).splitlines(True)


def _syntax_error_lines(value):
    # The location block CPython prints above a SyntaxError's message.
    out = []
    suffix = ''
    if value.lineno is not None:
        out.append('  File "{}", line {}\n'.format(
            value.filename or "<string>", value.lineno))
    elif value.filename is not None:
        suffix = ' ({})'.format(value.filename)
    text = value.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        indent = len(rtext) - len(ltext)
        out.append('    {}\n'.format(ltext))
        if value.offset is not None:
            start = value.offset
            end = value.end_offset
            if end in (None, 0):
                end = start
            if start == end or end == -1:
                end = start + 1
            col, end_col = start - 1 - indent, end - 1 - indent
            if col >= 0:
                pad = "".join(c if c.isspace() else ' ' for c in ltext[:col])
                out.append('    {}{}\n'.format(pad, '^' * (end_col - col)))
    cls = type(value)
    stype = cls.__qualname__
    if cls.__module__ not in ("__main__", "builtins"):
        stype = cls.__module__ + '.' + stype
    out.append("{}: {}{}\n".format(
        stype, value.msg or "<no detail available>", suffix))
    notes = getattr(value, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            out.append(_safe_string(note, 'note') + '\n')
    return out


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _exc_info():
    exc = _traceback.handled()
    if exc is None:
        return None, None, None
    return type(exc), exc, exc.__traceback__


def print_exc(limit=None, file=None, chain=True):
    print_exception(*_exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*_exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary._extract(_walk_frames(f), limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        # walk_stack, the extract generator, _extract, extract: the caller.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_objects(tb):
    while tb is not None:
        yield tb, tb.tb_frame.f_code, tb.tb_lineno
        tb = tb.tb_next


def _walk_frames(f):
    while f is not None:
        yield f, f.f_code, f.f_lineno
        f = f.f_back


class FrameSummary:
    """One entry of a stack or traceback: where it ran and its source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._loc = None
        if lookup_line:
            self.line
        self.locals = ({k: _safe_string(v, 'local', func=repr)
                        for k, v in locals.items()} if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, outermost first, that formats itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        def located():
            for f, lineno in frame_gen:
                yield f, f.f_code, lineno
        return klass._extract(located(), limit, lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, located, limit, lookup_lines=True,
                 capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        items = list(located)
        if limit is not None:
            items = items[:limit] if limit >= 0 else items[len(items) + limit:]
        result = klass()
        for loc, co, lineno in items:
            # Only traceback entries carry columns (CPython's
            # _walk_tb_with_full_positions); stack frames print no carets.
            is_tb = hasattr(loc, 'tb_frame')
            end_lineno = colno = end_colno = None
            if is_tb:
                _, end_lineno, colno, end_colno = _traceback.positions(loc)
            f_locals = None
            if capture_locals:
                frame = loc.tb_frame if is_tb else loc
                f_locals = frame.f_locals
            fs = FrameSummary(co.co_filename, lineno, co.co_name,
                              lookup_line=False, locals=f_locals,
                              end_lineno=end_lineno, colno=colno,
                              end_colno=end_colno)
            if is_tb:
                fs._loc = loc
            result.append(fs)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._loc is not None:
            text = "".join(_traceback.format_locations([frame_summary._loc]))
        else:
            text = '  File "{}", line {}, in {}\n'.format(
                frame_summary.filename, frame_summary.lineno,
                frame_summary.name)
            if frame_summary.line:
                text += '    {}\n'.format(frame_summary.line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception captured for later formatting: its type, message, stack
    and the exceptions chained to it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(
            _walk_tb_objects(exc_traceback), limit, lookup_lines,
            capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = self.__context__ = None
        self.exceptions = None
        if exc_value is None:
            return
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(
                type(cause), cause, cause.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                _seen=_seen)
        context = exc_value.__context__
        if context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(
                type(context), context, context.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                _seen=_seen)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit,
                                   lookup_lines=lookup_lines,
                                   capture_locals=capture_locals, _seen=_seen)
                for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        if self._exc is None:
            yield from self.format_exception_only()
            return
        yield from _split_report(_report(self._exc, self._tb, self._limit,
                                         chain))

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
