# logger.exception and exc_info=True append the traceback; exc_info with an exception object; stack_info.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("jobs")


def run(job):
    return 10 / job


for job in (5, 0):
    try:
        print(run(job))
    except ZeroDivisionError:
        log.exception("job %s failed", job)
try:
    [].pop()
except IndexError as e:
    log.error("pop failed", exc_info=True)
    saved = e
log.warning("later, from the saved exception", exc_info=saved)
log.critical("no exception active", exc_info=True)
