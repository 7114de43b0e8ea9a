# LoggerAdapter with extra, getLevelName both ways, addLevelName, disable(), disabled, log() type check.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s [%(request)s] %(message)s")
log = logging.getLogger("web")
adapter = logging.LoggerAdapter(log, {"request": "r-17"})
adapter.info("start")
adapter.warning("slow: %.1fs", 2.5)
print(adapter, adapter.isEnabledFor(logging.DEBUG), adapter.name)
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15), logging.getLevelName("NOPE"))
logging.addLevelName(15, "TRACE")
adapter.log(15, "trace message")
print(logging.getLevelName(15), logging.getLevelName("TRACE"))
logging.disable(logging.WARNING)
adapter.warning("disabled by disable()")
adapter.error("errors still pass")
logging.disable(logging.NOTSET)
log.disabled = True
adapter.error("logger disabled")
log.disabled = False
try:
    log.log("INFO", "x")
except TypeError as e:
    print(e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(e)
