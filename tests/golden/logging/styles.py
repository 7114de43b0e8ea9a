# Formatter styles "%", "{" and "$", defaults=, and the errors for bad formats and styles.
import logging
import sys

log = logging.getLogger("styles")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
for fmt, style in [("%(levelname)s:%(message)s", "%"),
                   ("{levelname:<7}|{name}|{message!r}", "{"),
                   ("$levelname ${name}: $message", "$")]:
    h.setFormatter(logging.Formatter(fmt, style=style))
    log.warning("hello %s", "world")
h.setFormatter(logging.Formatter("%(user)s %(message)s", defaults={"user": "anon"}))
log.warning("with default")
log.warning("with extra", extra={"user": "ann"})
for args in [("no fields here",), ("{oops", None, "{"), ("$ nothing", None, "$"), ("%(x)s", None, "#")]:
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print("ValueError:", e)
h.setFormatter(logging.Formatter("%(missing)s"))
try:
    h.format(log.makeRecord("n", 20, "f.py", 1, "m", (), None))
except ValueError as e:
    print("ValueError:", e)
