# Handler levels, Filter by name, callable filters, NullHandler, custom Handler.emit, handler reprs.
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("net")
log.setLevel(logging.DEBUG)
collector = ListHandler()
collector.setLevel(logging.INFO)
collector.addFilter(logging.Filter("net.http"))
log.addHandler(collector)
out = logging.StreamHandler(sys.stdout)
out.addFilter(lambda r: "password" not in r.getMessage())
log.addHandler(out)
logging.getLogger("net.http").info("GET /")
logging.getLogger("net.httpx").info("not http")
logging.getLogger("net.http.client").debug("too low for collector")
log.info("password=123")
print(collector.records)
print(collector, out, logging.NullHandler(), logging.StreamHandler())
lib = logging.getLogger("quietlib")
lib.addHandler(logging.NullHandler())
lib.error("swallowed")
try:
    logging.Handler().handle(log.makeRecord("n", 20, "f.py", 1, "m", (), None))
except NotImplementedError as e:
    print("NotImplementedError:", e)
