# object_hook, object_pairs_hook (takes priority), parse_float, parse_int.
import json
from collections import OrderedDict

doc = '{"b": 1, "a": {"x": 2.5, "y": [1, 2]}, "b": 3}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=len, object_pairs_hook=tuple))
print(json.loads("[1, 2.50, 3e0]", parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads("[10, 1.5]", parse_int=float, parse_float=str))
calls = []


def hook(d):
    calls.append(sorted(d))
    return d


json.loads('{"outer": {"inner": {}}, "z": 1}', object_hook=hook)
print(calls)
