# pprint wraps a long bytearray as CPython does; json.loads takes a bytearray.
import json
import pprint

pprint.pprint([bytearray(b"x" * 50), bytearray(b"ab")], width=30)
print(json.loads(bytearray(b'{"a": [1, 2]}')))
