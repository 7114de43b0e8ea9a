# Unconfigured loggers: warnings and above go to stderr through lastResort as the bare message.
import logging

log = logging.getLogger("app")
log.debug("hidden")
log.info("hidden too")
log.warning("disk at %d%%", 91)
log.error("failed: %s", "timeout")
log.critical("down")
print(logging.lastResort, log.hasHandlers(), logging.root.handlers)
logging.lastResort = None
log.error("no handler now")
log.error("only once")
print("end")
