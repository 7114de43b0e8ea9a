# logging.captureWarnings routes warnings to the "py.warnings" logger and back.
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
logging.captureWarnings(True)
warnings.warn("captured warning")
logging.captureWarnings(False)
warnings.warn("back on stderr")
print(logging.getLogger("py.warnings").handlers)
