# JSONDecodeError is a ValueError with msg, doc, pos, lineno, colno; json.decoder exports it.
import json
import json.decoder

doc = '{\n  "a": [1, 2,\n  ]\n}'
try:
    json.loads(doc)
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.decoder.JSONDecodeError))
    print(e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
    print(e.args)
print(json.JSONDecodeError is json.decoder.JSONDecodeError)
print(json.JSONDecodeError.__mro__[1].__name__)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(str(e), e.lineno, e.colno)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
