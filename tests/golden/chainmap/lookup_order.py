# ChainMap looks keys up through its maps in order; len, iteration order, in, get, bool.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"])
print(len(cm), list(cm), "user" in cm, "nope" in cm)
print(cm.get("nope"), cm.get("nope", 0), cm.get("size", 0))
print(sorted(cm.items()), sorted(cm.values()))
print(bool(ChainMap()), bool(ChainMap({}, {})), bool(cm))
print(dict(cm))
print(list(ChainMap({"b": 1}, {"a": 2, "b": 3})))
