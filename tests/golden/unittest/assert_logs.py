# assertLogs captures records as "LEVEL:logger:message"; failures of assertLogs/assertNoLogs.
import logging
import unittest

t = unittest.TestCase()
with t.assertLogs("shop", level="INFO") as cm:
    logging.getLogger("shop").info("opened")
    logging.getLogger("shop.cart").warning("empty cart")
    logging.getLogger("shop").debug("hidden")
print(cm.output)
print([r.getMessage() for r in cm.records])
with t.assertLogs() as cm:
    logging.error("root problem")
print(cm.output)
with t.assertNoLogs("quiet"):
    pass
try:
    with t.assertLogs("silent", level=logging.ERROR):
        logging.getLogger("silent").warning("not enough")
except AssertionError as e:
    print(e)
try:
    with t.assertNoLogs("noisy"):
        logging.getLogger("noisy").info("oops")
except AssertionError as e:
    print(e)
