# The help object: its repr, help(instance) documents the class, help("name") looks it up.
import _sitebuiltins

helper = _sitebuiltins._Helper()
print(repr(helper))


class Box:
    "Holds things."
    def put(self, item):
        "Store an item."


helper(Box())
helper("dict.get")
helper("no_such_thing_here")
print(helper(len) is None)
