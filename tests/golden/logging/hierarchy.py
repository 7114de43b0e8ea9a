# getLogger hierarchy: parents, placeholders, getChild, propagation, effective levels, reprs.
import logging
import sys

root_handler = logging.StreamHandler(sys.stdout)
root_handler.setFormatter(logging.Formatter("root saw %(name)s: %(message)s"))
logging.root.addHandler(root_handler)
child = logging.getLogger("a.b.c")
print(child.parent is logging.root)
mid = logging.getLogger("a.b")
print(child.parent is mid, mid.parent is logging.root)
print(mid.getChild("c") is child, logging.getLogger("a.b.c") is child)
mid.setLevel(logging.INFO)
print(child, mid, logging.getLogger(), logging.getLogger("root") is logging.root)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.INFO))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("mid saw %(name)s: %(message)s"))
mid.addHandler(h)
child.info("propagates twice")
mid.propagate = False
child.info("stops at mid")
child.debug("below level")
mid.removeHandler(h)
child.warning("no handlers on the way")
print(sorted(logging.Logger.manager.loggerDict))
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
