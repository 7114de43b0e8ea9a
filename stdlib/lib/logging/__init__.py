"""The logging package (CPython 3.11 Lib/logging/__init__.py): loggers in a
dotted-name hierarchy, handlers, formatters with the three format styles,
filters, adapters, basicConfig and the last-resort handler. Coil runs one
thread, so the module's locks are no-ops."""

import sys
import time
import traceback
import warnings
import _logging

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',  # cpython: 33
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',  # cpython: 34
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',  # cpython: 35
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',  # cpython: 36
           'captureWarnings', 'critical', 'debug', 'disable', 'error',  # cpython: 37
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',  # cpython: 38
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',  # cpython: 39
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',  # cpython: 40
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']  # cpython: 41

_startTime = time.time()  # cpython: 58

raiseExceptions = True  # cpython: 64
logThreads = True  # cpython: 69
logMultiprocessing = True  # cpython: 74
logProcesses = True  # cpython: 79

CRITICAL = 50  # cpython: 92
FATAL = CRITICAL  # cpython: 93
ERROR = 40  # cpython: 94
WARNING = 30  # cpython: 95
WARN = WARNING  # cpython: 96
INFO = 20  # cpython: 97
DEBUG = 10  # cpython: 98
NOTSET = 0  # cpython: 99

_levelToName = {  # cpython: 101
    CRITICAL: 'CRITICAL',  # cpython: 102
    ERROR: 'ERROR',  # cpython: 103
    WARNING: 'WARNING',  # cpython: 104
    INFO: 'INFO',  # cpython: 105
    DEBUG: 'DEBUG',  # cpython: 106
    NOTSET: 'NOTSET',  # cpython: 107
}
_nameToLevel = {  # cpython: 109
    'CRITICAL': CRITICAL,  # cpython: 110
    'FATAL': FATAL,  # cpython: 111
    'ERROR': ERROR,  # cpython: 112
    'WARN': WARNING,  # cpython: 113
    'WARNING': WARNING,  # cpython: 114
    'INFO': INFO,  # cpython: 115
    'DEBUG': DEBUG,  # cpython: 116
    'NOTSET': NOTSET,  # cpython: 117
}


def getLevelNamesMapping():
    return _nameToLevel.copy()  # cpython: 121


def getLevelName(level):
    """The name of a level number, the number of a level name, or
    'Level %s'."""
    result = _levelToName.get(level)  # cpython: 142
    if result is not None:
        return result
    result = _nameToLevel.get(level)  # cpython: 145
    if result is not None:
        return result
    return "Level %s" % level  # cpython: 148


def addLevelName(level, levelName):
    _levelToName[level] = levelName  # cpython: 158
    _nameToLevel[levelName] = level  # cpython: 159


# Frames of this file are skipped when looking for the caller of a log call.
_srcfile = (lambda: 0).__code__.co_filename


def currentframe():
    return sys._getframe(1)


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return filename == _srcfile or (  # cpython: 197
        "importlib" in filename and "_bootstrap" in filename)


def _checkLevel(level):
    if isinstance(level, int):
        rv = level  # cpython: 204
    elif str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)  # cpython: 207
        rv = _nameToLevel[level]  # cpython: 208
    else:
        raise TypeError("Level not an integer or a valid string: %r"  # cpython: 210
                        % (level,))  # cpython: 211
    return rv  # cpython: 212


def _acquireLock():
    pass


def _releaseLock():
    pass


def _basename(path):
    return path.rsplit('/', 1)[-1]


class LogRecord(object):
    """Everything about one logged event."""

    def __init__(self, name, level, pathname, lineno,  # cpython: 292
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()  # cpython: 297
        self.name = name  # cpython: 298
        self.msg = msg  # cpython: 299
        if (args and len(args) == 1 and isinstance(args[0], dict)
                and args[0]):
            args = args[0]  # cpython: 320
        self.args = args  # cpython: 321
        self.levelname = getLevelName(level)  # cpython: 322
        self.levelno = level  # cpython: 323
        self.pathname = pathname  # cpython: 324
        try:
            self.filename = _basename(pathname)
            stem, dot, ext = self.filename.rpartition('.')
            self.module = stem if dot and stem.strip('.') else self.filename
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname  # cpython: 329
            self.module = "Unknown module"  # cpython: 330
        self.exc_info = exc_info  # cpython: 331
        self.exc_text = None
        self.stack_info = sinfo  # cpython: 333
        self.lineno = lineno  # cpython: 334
        self.funcName = func  # cpython: 335
        self.created = ct  # cpython: 336
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000  # cpython: 338
        if logThreads:
            # `threading` only once a program imported it (threads exist then).
            threading = sys.modules.get("threading")
            if threading is not None:
                self.thread = threading.get_ident()
                self.threadName = threading.current_thread().name
            else:
                self.thread = _logging.get_ident()
                self.threadName = "MainThread"
        else:
            self.thread = None  # cpython: 343
            self.threadName = None  # cpython: 344
        self.processName = "MainProcess" if logMultiprocessing else None
        self.process = _logging.getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)  # cpython: 375
        if self.args:
            msg = msg % self.args  # cpython: 377
        return msg  # cpython: 378


_logRecordFactory = LogRecord  # cpython: 383


def setLogRecordFactory(factory):
    global _logRecordFactory  # cpython: 392
    _logRecordFactory = factory  # cpython: 393


def getLogRecordFactory():
    return _logRecordFactory  # cpython: 400


def makeLogRecord(dict):
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)  # cpython: 409
    rv.__dict__.update(dict)  # cpython: 410
    return rv  # cpython: 411


def _has_percent_field(fmt):
    # Whether fmt holds a %(name)... conversion: the check CPython's
    # PercentStyle.validate makes with a regular expression.
    i = fmt.find('%(')
    while i >= 0:
        j = fmt.find(')', i + 2)
        if j < 0:
            return False
        name = fmt[i + 2:j]
        if name and all(c.isalnum() or c == '_' for c in name):
            k = j + 1
            while k < len(fmt) and fmt[k] in '#0+ -':
                k += 1
            if k < len(fmt) and fmt[k] == '*':
                k += 1
            else:
                while k < len(fmt) and fmt[k].isdigit():
                    k += 1
            if k < len(fmt) and fmt[k] == '.':
                k += 1
                if k < len(fmt) and fmt[k] == '*':
                    k += 1
                else:
                    while k < len(fmt) and fmt[k].isdigit():
                        k += 1
            if k < len(fmt) and fmt[k] in 'diouxefgcrsa%':
                return True
        i = fmt.find('%(', i + 1)
    return False


class PercentStyle(object):

    default_format = '%(message)s'  # cpython: 423
    asctime_format = '%(asctime)s'  # cpython: 424
    asctime_search = '%(asctime)'  # cpython: 425

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format  # cpython: 429
        self._defaults = defaults  # cpython: 430

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0  # cpython: 433

    def validate(self):
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__  # cpython: 442
        else:
            values = record.__dict__  # cpython: 444
        return self._fmt % values  # cpython: 445

    def format(self, record):
        try:
            return self._format(record)  # cpython: 449
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)  # cpython: 451


class StrFormatStyle(PercentStyle):
    default_format = '{message}'  # cpython: 455
    asctime_format = '{asctime}'  # cpython: 456
    asctime_search = '{asctime'  # cpython: 457

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__  # cpython: 464
        else:
            values = record.__dict__  # cpython: 466
        return self._fmt.format(**values)  # cpython: 467

    def validate(self):
        import string
        fields = set()  # cpython: 471
        try:
            for _, fieldname, spec, conversion in string.Formatter().parse(
                    self._fmt):
                if fieldname:
                    name = fieldname.split('.')[0].split('[')[0]
                    if not name.isidentifier():
                        raise ValueError('invalid field name/expression: %r'
                                         % fieldname)
                    fields.add(fieldname)  # cpython: 477
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)  # cpython: 479
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)  # cpython: 483
        if not fields:
            raise ValueError('invalid format: no fields')  # cpython: 485


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'  # cpython: 489
    asctime_format = '${asctime}'  # cpython: 490
    asctime_search = '${asctime}'  # cpython: 491

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)  # cpython: 494
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt  # cpython: 498
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0  # cpython: 499

    def validate(self):
        from string import Template
        pattern = Template.pattern  # cpython: 502
        fields = set()  # cpython: 503
        for m in pattern.finditer(self._fmt):  # cpython: 504
            groups = m.groupdict()
            if groups['named'] or groups['braced']:
                fields.add(groups['named'] or groups['braced'])
            elif m.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')  # cpython: 511
        if not fields:
            raise ValueError('invalid format: no fields')  # cpython: 513

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__  # cpython: 517
        else:
            values = record.__dict__  # cpython: 519
        return self._tpl.substitute(**values)  # cpython: 520


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"  # cpython: 523

_STYLES = {  # cpython: 525
    '%': (PercentStyle, BASIC_FORMAT),  # cpython: 526
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),  # cpython: 527
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),  # cpython: 528
}


class Formatter(object):
    """Turns a LogRecord into text."""

    converter = time.localtime  # cpython: 574
    default_time_format = '%Y-%m-%d %H:%M:%S'  # cpython: 603
    default_msec_format = '%s,%03d'  # cpython: 604

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,  # cpython: 576
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(  # cpython: 594
                _STYLES.keys()))  # cpython: 595
        self._style = _STYLES[style][0](fmt, defaults=defaults)  # cpython: 596
        if validate:
            self._style.validate()  # cpython: 598
        self._fmt = self._style._fmt  # cpython: 600
        self.datefmt = datefmt  # cpython: 601

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)  # cpython: 624
        if datefmt:
            s = time.strftime(datefmt, ct)  # cpython: 626
        else:
            s = time.strftime(self.default_time_format, ct)  # cpython: 628
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)  # cpython: 630
        return s  # cpython: 631

    def formatException(self, ei):
        s = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if s[-1:] == "\n":
            s = s[:-1]  # cpython: 649
        return s  # cpython: 650

    def usesTime(self):
        return self._style.usesTime()  # cpython: 656

    def formatMessage(self, record):
        return self._style.format(record)  # cpython: 659

    def formatStack(self, stack_info):
        return stack_info  # cpython: 672

    def format(self, record):
        record.message = record.getMessage()  # cpython: 687
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)  # cpython: 689
        s = self.formatMessage(record)  # cpython: 690
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)  # cpython: 695
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text  # cpython: 699
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)  # cpython: 703
        return s  # cpython: 704


_defaultFormatter = Formatter()  # cpython: 709


class BufferingFormatter(object):

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""  # cpython: 729

    def formatFooter(self, records):
        return ""  # cpython: 735

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)  # cpython: 743
            for record in records:
                rv = rv + self.linefmt.format(record)  # cpython: 745
            rv = rv + self.formatFooter(records)  # cpython: 746
        return rv  # cpython: 747


class Filter(object):
    """Passes records from the logger named `name` and its descendants."""

    def __init__(self, name=''):
        self.name = name  # cpython: 772
        self.nlen = len(name)  # cpython: 773

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False  # cpython: 787
        return (record.name[self.nlen] == ".")  # cpython: 788


class Filterer(object):

    def __init__(self):
        self.filters = []  # cpython: 799

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)  # cpython: 806

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)  # cpython: 813

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)  # cpython: 830
            else:
                result = f(record)
            if not result:
                return False
        return True


_handlers = {}
_handlerList = []


class Handler(Filterer):
    """Sends records somewhere; subclasses say where (emit)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)  # cpython: 887
        self._name = None  # cpython: 888
        self.level = _checkLevel(level)  # cpython: 889
        self.formatter = None  # cpython: 890
        self._closed = False  # cpython: 891
        _handlerList.append(self)
        self.createLock()  # cpython: 894

    def get_name(self):
        return self._name  # cpython: 897

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]  # cpython: 903
        self._name = name  # cpython: 904
        if name:
            _handlers[name] = self  # cpython: 906

    name = property(get_name, set_name)  # cpython: 910

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)  # cpython: 940

    def format(self, record):
        if self.formatter:
            fmt = self.formatter  # cpython: 950
        else:
            fmt = _defaultFormatter  # cpython: 952
        return fmt.format(record)  # cpython: 953

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '  # cpython: 962
                                  'by Handler subclasses')  # cpython: 963

    def handle(self, record):
        rv = self.filter(record)  # cpython: 974
        if rv:
            self.emit(record)  # cpython: 978
        return rv  # cpython: 981

    def setFormatter(self, fmt):
        self.formatter = fmt  # cpython: 987

    def flush(self):
        pass

    def close(self):
        self._closed = True  # cpython: 1010
        if self._name and self._name in _handlers:
            del _handlers[self._name]  # cpython: 1012

    def handleError(self, record):
        if raiseExceptions and sys.stderr:
            exc = traceback._traceback.handled()
            try:
                sys.stderr.write('--- Logging error ---\n')  # cpython: 1031
                traceback.print_exception(exc, file=sys.stderr)
                sys.stderr.write('Call stack:\n')  # cpython: 1033
                # The first frame outside the logging package.
                package = _srcfile.rpartition('/')[0]
                frame = sys._getframe()
                while (frame and frame.f_code.co_filename.rpartition('/')[0]
                       == package):
                    frame = frame.f_back  # cpython: 1039
                if frame:
                    traceback.print_stack(frame, file=sys.stderr)  # cpython: 1041
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (  # cpython: 1044
                        record.filename, record.lineno))  # cpython: 1045
                try:
                    sys.stderr.write('Message: %r\n'  # cpython: 1048
                                     'Arguments: %s\n' % (record.msg,  # cpython: 1049
                                                          record.args))  # cpython: 1050
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and '
                                     'arguments - possible formatting error.'
                                     '\nUse the traceback above to help '
                                     'find the error.\n')
            except OSError:
                pass

    def __repr__(self):
        level = getLevelName(self.level)  # cpython: 1064
        return '<%s (%s)>' % (self.__class__.__name__, level)  # cpython: 1065


def _stream_name(stream):
    name = getattr(stream, 'name', None)
    if name is None:
        # Coil's standard streams have no name attribute; their repr has it.
        r = repr(stream) if type(stream).__name__ == 'TextIOWrapper' else ''
        if r.startswith("<_io.TextIOWrapper name='<std"):
            name = r.split("'")[1]
        else:
            name = ''
    return str(name)


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = '\n'  # cpython: 1074

    def __init__(self, stream=None):
        Handler.__init__(self)  # cpython: 1082
        if stream is None:
            stream = sys.stderr  # cpython: 1084
        self.stream = stream  # cpython: 1085

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()  # cpython: 1094

    def emit(self, record):
        try:
            msg = self.format(record)  # cpython: 1110
            stream = self.stream  # cpython: 1111
            stream.write(msg + self.terminator)  # cpython: 1113
            self.flush()  # cpython: 1114
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)  # cpython: 1118

    def setStream(self, stream):
        if stream is self.stream:
            result = None  # cpython: 1129
        else:
            result = self.stream  # cpython: 1131
            self.flush()  # cpython: 1134
            self.stream = stream  # cpython: 1135
        return result  # cpython: 1138

    def __repr__(self):
        level = getLevelName(self.level)  # cpython: 1141
        name = _stream_name(self.stream)
        if name:
            name += ' '  # cpython: 1146
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)  # cpython: 1147


def _abspath(filename):
    if filename.startswith('/'):
        return filename
    return _logging.getcwd().rstrip('/') + '/' + filename


class FileHandler(StreamHandler):
    """Writes formatted records to a file (opened with mode 'a' by default)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = _abspath(filename)
        self.mode = mode  # cpython: 1165
        self.encoding = encoding  # cpython: 1166
        self.errors = errors  # cpython: 1169
        self.delay = delay  # cpython: 1170
        self._builtin_open = open  # cpython: 1174
        if delay:
            Handler.__init__(self)  # cpython: 1178
            self.stream = None  # cpython: 1179
        else:
            StreamHandler.__init__(self, self._open())  # cpython: 1181

    def close(self):
        try:
            try:
                if self.stream:
                    try:
                        self.flush()  # cpython: 1192
                    finally:
                        stream = self.stream  # cpython: 1194
                        self.stream = None  # cpython: 1195
                        if hasattr(stream, "close"):
                            stream.close()  # cpython: 1197
            finally:
                StreamHandler.close(self)  # cpython: 1203
        finally:
            pass

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)  # cpython: 1214

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()  # cpython: 1228
        if self.stream:
            StreamHandler.emit(self, record)  # cpython: 1230

    def __repr__(self):
        level = getLevelName(self.level)  # cpython: 1233
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 level)


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)  # cpython: 1247

    @property  # cpython: 1249
    def stream(self):
        return sys.stderr  # cpython: 1251


_defaultLastResort = _StderrHandler(WARNING)  # cpython: 1254
lastResort = _defaultLastResort  # cpython: 1255


class PlaceHolder(object):
    """Stands in the hierarchy for a logger not created yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None  # cpython: 1278


def setLoggerClass(klass):
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "  # cpython: 1292
                            + klass.__name__)  # cpython: 1293
    global _loggerClass  # cpython: 1294
    _loggerClass = klass  # cpython: 1295


def getLoggerClass():
    return _loggerClass  # cpython: 1301


class Manager(object):
    """Holds the hierarchy of loggers."""

    def __init__(self, rootnode):
        self.root = rootnode  # cpython: 1312
        self.disable = 0  # cpython: 1313
        self.emittedNoHandlerWarning = False  # cpython: 1314
        self.loggerDict = {}  # cpython: 1315
        self.loggerClass = None  # cpython: 1316
        self.logRecordFactory = None  # cpython: 1317

    @property  # cpython: 1319
    def disable(self):
        return self._disable  # cpython: 1321

    @disable.setter  # cpython: 1323
    def disable(self, value):
        self._disable = _checkLevel(value)  # cpython: 1325

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')  # cpython: 1340
        if name in self.loggerDict:
            rv = self.loggerDict[name]  # cpython: 1344
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)  # cpython: 1350
                self._fixupParents(rv)
        else:
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupParents(rv)
        return rv  # cpython: 1359

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "  # cpython: 1367
                                + klass.__name__)  # cpython: 1368
        self.loggerClass = klass  # cpython: 1369

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory  # cpython: 1376

    def _fixupParents(self, alogger):
        name = alogger.name  # cpython: 1383
        i = name.rfind(".")  # cpython: 1384
        rv = None  # cpython: 1385
        while (i > 0) and not rv:
            substr = name[:i]  # cpython: 1387
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)  # cpython: 1389
            else:
                obj = self.loggerDict[substr]  # cpython: 1391
                if isinstance(obj, Logger):
                    rv = obj  # cpython: 1393
                else:
                    obj.append(alogger)  # cpython: 1396
            i = name.rfind(".", 0, i - 1)  # cpython: 1397
        if not rv:
            rv = self.root  # cpython: 1399
        alogger.parent = rv  # cpython: 1400

    def _fixupChildren(self, ph, alogger):
        name = alogger.name  # cpython: 1407
        namelen = len(name)  # cpython: 1408
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent  # cpython: 1412
                c.parent = alogger  # cpython: 1413

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()  # cpython: 1424
        self.root._cache.clear()  # cpython: 1425


class Logger(Filterer):
    """A named channel for log messages, with a level, handlers and a parent
    it propagates records to."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)  # cpython: 1451
        self.name = name  # cpython: 1452
        self.level = _checkLevel(level)  # cpython: 1453
        self.parent = None  # cpython: 1454
        self.propagate = True  # cpython: 1455
        self.handlers = []  # cpython: 1456
        self.disabled = False  # cpython: 1457
        self._cache = {}  # cpython: 1458

    def setLevel(self, level):
        self.level = _checkLevel(level)  # cpython: 1464
        self.manager._clear_cache()  # cpython: 1465

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)  # cpython: 1477

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)  # cpython: 1489

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)  # cpython: 1501

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "  # cpython: 1504
                      "use 'warning' instead", DeprecationWarning, 2)  # cpython: 1505
        self.warning(msg, *args, **kwargs)  # cpython: 1506

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)  # cpython: 1518

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)  # cpython: 1524

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)  # cpython: 1536

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)  # cpython: 1542

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")  # cpython: 1555
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)  # cpython: 1559

    def findCaller(self, stack_info=False, stacklevel=1):
        f = currentframe()  # cpython: 1566
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None  # cpython: 1570
        while stacklevel > 0:
            next_f = f.f_back  # cpython: 1572
            if next_f is None:
                break
            f = next_f  # cpython: 1581
            if not _is_internal_frame(f):
                stacklevel -= 1  # cpython: 1583
        co = f.f_code  # cpython: 1584
        sinfo = None  # cpython: 1585
        if stack_info:
            sinfo = "Stack (most recent call last):\n" + "".join(
                traceback.format_stack(f))
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]  # cpython: 1592
        return co.co_filename, f.f_lineno, co.co_name, sinfo  # cpython: 1593

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,  # cpython: 1595
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                               func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % key)
                rv.__dict__[key] = extra[key]  # cpython: 1607
        return rv  # cpython: 1608

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        sinfo = None  # cpython: 1616
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)  # cpython: 1622
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)  # cpython: 1629
            elif not isinstance(exc_info, tuple):
                exc_info = traceback._exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,  # cpython: 1632
                                 exc_info, func, extra, sinfo)  # cpython: 1633
        self.handle(record)  # cpython: 1634

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)  # cpython: 1644

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)  # cpython: 1653

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)  # cpython: 1664

    def hasHandlers(self):
        c = self  # cpython: 1678
        rv = False  # cpython: 1679
        while c:
            if c.handlers:
                rv = True  # cpython: 1682
                break
            if not c.propagate:
                break
            else:
                c = c.parent  # cpython: 1687
        return rv  # cpython: 1688

    def callHandlers(self, record):
        c = self  # cpython: 1700
        found = 0  # cpython: 1701
        while c:
            for hdlr in c.handlers:
                found = found + 1  # cpython: 1704
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)  # cpython: 1706
            if not c.propagate:
                c = None
            else:
                c = c.parent  # cpython: 1710
        if (found == 0):
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)  # cpython: 1714
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"  # cpython: 1716
                                 " \"%s\"\n" % self.name)  # cpython: 1717
                self.manager.emittedNoHandlerWarning = True  # cpython: 1718

    def getEffectiveLevel(self):
        logger = self  # cpython: 1727
        while logger:
            if logger.level:
                return logger.level  # cpython: 1730
            logger = logger.parent  # cpython: 1731
        return NOTSET  # cpython: 1732

    def isEnabledFor(self, level):
        if self.disabled:
            return False  # cpython: 1739
        try:
            return self._cache[level]  # cpython: 1742
        except KeyError:
            if self.manager.disable >= level:
                is_enabled = self._cache[level] = False  # cpython: 1747
            else:
                is_enabled = self._cache[level] = (  # cpython: 1749
                    level >= self.getEffectiveLevel())
            return is_enabled  # cpython: 1754

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))  # cpython: 1772
        return self.manager.getLogger(suffix)  # cpython: 1773

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())  # cpython: 1776
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)  # cpython: 1777


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)  # cpython: 1796


_loggerClass = Logger  # cpython: 1801


class LoggerAdapter(object):
    """A logger front that adds contextual information (extra) to records."""

    def __init__(self, logger, extra=None):
        self.logger = logger  # cpython: 1820
        self.extra = extra  # cpython: 1821

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra  # cpython: 1833
        return msg, kwargs  # cpython: 1834

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)  # cpython: 1843

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)  # cpython: 1849

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)  # cpython: 1855

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "  # cpython: 1858
                      "use 'warning' instead", DeprecationWarning, 2)  # cpython: 1859
        self.warning(msg, *args, **kwargs)  # cpython: 1860

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)  # cpython: 1866

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)  # cpython: 1872

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)  # cpython: 1878

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)  # cpython: 1886
            self.logger.log(level, msg, *args, **kwargs)  # cpython: 1887

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)  # cpython: 1893

    def setLevel(self, level):
        self.logger.setLevel(level)  # cpython: 1899

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()  # cpython: 1905

    def hasHandlers(self):
        return self.logger.hasHandlers()  # cpython: 1911

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager  # cpython: 1928

    @manager.setter  # cpython: 1930
    def manager(self, value):
        self.logger.manager = value  # cpython: 1932

    @property
    def name(self):
        return self.logger.name  # cpython: 1936

    def __repr__(self):
        logger = self.logger  # cpython: 1939
        level = getLevelName(logger.getEffectiveLevel())  # cpython: 1940
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)  # cpython: 1941


root = RootLogger(WARNING)  # cpython: 1945
Logger.root = root  # cpython: 1946
Logger.manager = Manager(Logger.root)  # cpython: 1947


def basicConfig(**kwargs):
    """Configure the root logger once: a handler (stream, file or the given
    ones) with a formatter, and a level."""
    force = kwargs.pop('force', False)  # cpython: 2025
    encoding = kwargs.pop('encoding', None)  # cpython: 2026
    errors = kwargs.pop('errors', 'backslashreplace')  # cpython: 2027
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)  # cpython: 2030
            h.close()  # cpython: 2031
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)  # cpython: 2033
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be "  # cpython: 2036
                                 "specified together")  # cpython: 2037
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be "  # cpython: 2040
                                 "specified together with 'handlers'")  # cpython: 2041
        if handlers is None:
            filename = kwargs.pop("filename", None)  # cpython: 2043
            mode = kwargs.pop("filemode", 'a')  # cpython: 2044
            if filename:
                if 'b' in mode:
                    errors = None  # cpython: 2047
                elif encoding is None:
                    encoding = "locale"
                h = FileHandler(filename, mode,  # cpython: 2050
                                encoding=encoding, errors=errors)  # cpython: 2051
            else:
                stream = kwargs.pop("stream", None)  # cpython: 2053
                h = StreamHandler(stream)  # cpython: 2054
            handlers = [h]  # cpython: 2055
        dfs = kwargs.pop("datefmt", None)  # cpython: 2056
        style = kwargs.pop("style", '%')  # cpython: 2057
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(  # cpython: 2059
                _STYLES.keys()))  # cpython: 2060
        fs = kwargs.pop("format", _STYLES[style][1])  # cpython: 2061
        fmt = Formatter(fs, dfs, style)  # cpython: 2062
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)  # cpython: 2065
            root.addHandler(h)  # cpython: 2066
        level = kwargs.pop("level", None)  # cpython: 2067
        if level is not None:
            root.setLevel(level)  # cpython: 2069
        if kwargs:
            keys = ', '.join(kwargs.keys())  # cpython: 2071
            raise ValueError('Unrecognised argument(s): %s' % keys)  # cpython: 2072


def getLogger(name=None):
    """The logger with this name (the root logger without one)."""
    if not name or isinstance(name, str) and name == root.name:
        return root  # cpython: 2088
    return Logger.manager.getLogger(name)  # cpython: 2089


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()  # cpython: 2098
    root.critical(msg, *args, **kwargs)  # cpython: 2099


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)  # cpython: 2105


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()  # cpython: 2114
    root.error(msg, *args, **kwargs)  # cpython: 2115


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)  # cpython: 2123


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()  # cpython: 2132
    root.warning(msg, *args, **kwargs)  # cpython: 2133


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, "  # cpython: 2136
                  "use 'warning' instead", DeprecationWarning, 2)  # cpython: 2137
    warning(msg, *args, **kwargs)  # cpython: 2138


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()  # cpython: 2147
    root.info(msg, *args, **kwargs)  # cpython: 2148


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()  # cpython: 2157
    root.debug(msg, *args, **kwargs)  # cpython: 2158


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()  # cpython: 2167
    root.log(level, msg, *args, **kwargs)  # cpython: 2168


def disable(level=CRITICAL):
    root.manager.disable = level  # cpython: 2174
    root.manager._clear_cache()  # cpython: 2175


def shutdown(handlerList=_handlerList):
    for h in reversed(handlerList[:]):
        try:
            h.flush()  # cpython: 2192
            h.close()  # cpython: 2193
        except (OSError, ValueError):
            pass


class NullHandler(Handler):
    """A handler that does nothing (for libraries that log)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None  # cpython: 2230

    def _at_fork_reinit(self):
        pass


def _log_for_library(name, level, pathname, lineno, func, msg, args):
    # A record that CPython's library code written in Python logs where Coil's
    # is native (asyncio's "Using selector: ..." when a loop is made).
    logger = getLogger(name)
    if logger.isEnabledFor(level):
        logger.handle(logger.makeRecord(name, level, pathname, lineno, msg,
                                        args, None, func))


_warnings_showwarning = None  # cpython: 2237


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file,
                                  line)
    else:
        s = warnings.formatwarning(message, category, filename, lineno, line)  # cpython: 2251
        logger = getLogger("py.warnings")  # cpython: 2252
        if not logger.handlers:
            logger.addHandler(NullHandler())  # cpython: 2254
        logger.warning("%s", s)


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True) or back (False)."""
    global _warnings_showwarning  # cpython: 2265
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning  # cpython: 2268
            warnings.showwarning = _showwarning  # cpython: 2269
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning  # cpython: 2272
            _warnings_showwarning = None  # cpython: 2273
