# Errors inside the chunk generator (indent, dump to a file): the frames of
# _iterencode/_iterencode_list/_iterencode_dict and floatstr, as CPython's.
import io
import json
import sys
import traceback

data = {"values": [1.5, {"deep": [float("inf")]}]}
for call in (lambda: json.dumps(data, indent=2, allow_nan=False),
             lambda: json.dump({"s": {1, 2}}, io.StringIO()),
             lambda: json.dumps({(1, 2): "tuple key"}, indent=1)):
    try:
        call()
    except (TypeError, ValueError):
        traceback.print_exc(file=sys.stdout)
cycle = []
cycle.append({"again": cycle})
try:
    json.dump(cycle, io.StringIO(), indent=1)
except ValueError as e:
    traceback.print_exc(file=sys.stdout)
