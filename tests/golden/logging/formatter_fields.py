# Formatter fields: name, levelname, levelno, funcName, lineno, module, filename, threadName, processName, custom %-widths.
import logging
import sys

fmt = "%(name)s|%(levelname)-8s|%(levelno)d|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(threadName)s|%(processName)s|%(message)s"
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format=fmt)
log = logging.getLogger("svc.worker")


def handle(job):
    log.info("handling %r", job)
    log.debug("details %s", {"id": job})


handle(3)
log.warning("at module level")


class Service:
    def run(self):
        logging.getLogger("svc").error("in method")


Service().run()
r = log.makeRecord("x", logging.INFO, "/a/b/mod.py", 5, "m %s", ("arg",), None)
print(r.filename, r.module, r.getMessage(), r.pathname, isinstance(r.process, int), r.msecs >= 0)
