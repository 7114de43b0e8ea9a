"""assertLogs/assertNoLogs: capturing a logger's records for the length of a
with block (CPython 3.11 Lib/unittest/_log.py).

CPython does not hide this file's frames from a failure's traceback, so its
report names `_log.py` and the line of the failing call: the two calls to
_raiseFailure below stand on CPython's lines (75 and 84), and result.py
does not count this file among unittest's hidden frames.

The handler's level filters the records; the logger is set to the same
level and stops propagating while the block runs, and both are restored
afterwards."""

import collections
import logging

from ._contexts import _BaseContext

_LoggingWatcher = collections.namedtuple("_LoggingWatcher",
                                         ["records", "output"])


class _CapturingHandler(logging.Handler):
    """Keeps each record and its formatted text."""

    def __init__(self):
        logging.Handler.__init__(self)
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext(_BaseContext):
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        if level:
            self.level = logging._nameToLevel.get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers, level, self.logger.propagate = self.old
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        records = self.watcher.records
        if self.no_logs and records:
            # (line 75)
            self._raiseFailure(
                "Unexpected logs found: {!r}".format(self.watcher.output))
        if self.no_logs:
            return None
        if not records:
            # The failing call stands on line 84, as in CPython's file, so
            # the traceback of a failed assertLogs matches (its report shows
            # this line: "self._raiseFailure(").
            # (line 84)
            self._raiseFailure(
                "no logs of level {} or higher triggered on {}".format(
                    logging.getLevelName(self.level), self.logger.name))
