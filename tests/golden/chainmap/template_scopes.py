# A realistic use: layered configuration (defaults < file < command line) with ChainMap.
from collections import ChainMap

defaults = {"theme": "light", "font": 12, "autosave": True}
from_file = {"font": 14}
args = {}
for arg in ["--theme=dark", "--lines=40"]:
    key, _, value = arg[2:].partition("=")
    args[key] = int(value) if value.isdigit() else value
settings = ChainMap(args, from_file, defaults)
for key in sorted(settings):
    origin = next(i for i, m in enumerate(settings.maps) if key in m)
    print(f"{key:10} {settings[key]!r:8} from {['args', 'file', 'defaults'][origin]}")
session = settings.new_child()
session["font"] = 20
print(session["font"], settings["font"], len(session))
