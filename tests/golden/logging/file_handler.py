# logging.FileHandler and basicConfig(filename=...) write records to a file; delay=True opens lazily.
import logging, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
logging.basicConfig(filename=path, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("started")
log.warning("careful %d", 3)
h = logging.FileHandler(path, mode="a", encoding="utf-8")
h.setFormatter(logging.Formatter("%(name)s|%(message)s"))
log.addHandler(h)
log.error("boom")
print(repr(h).replace(d, "D"))
logging.shutdown()
with open(path) as f:
    print(f.read(), end="")
fh = logging.FileHandler(os.path.join(d, "x.log"), delay=True)
print(fh.stream)
os.remove(path); os.rmdir(d)
