# Module-level logging.warning calls basicConfig(): "LEVEL:name:message" on stderr; later basicConfig is a no-op.
import logging
import sys

logging.info("not shown")
logging.warning("first %s", "warning")
print(logging.root.handlers, logging.root.level)
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
logging.debug("still hidden: basicConfig did nothing")
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(levelname)s - %(message)s", force=True)
logging.debug("now shown")
logging.log(25, "custom level")
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log", force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, colour=True)
except ValueError as e:
    print(e)
