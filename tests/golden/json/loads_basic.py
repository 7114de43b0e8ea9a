# json.loads of every JSON type, whitespace, big ints, exponents, escapes, bytes input.
import json

doc = ' { "a" : [1, -2, 3.5, 1e3, 2E-2, -0, 0.0] ,\n "b": {"c": null, "d": true, "e": false} } '
print(json.loads(doc))
print(json.loads("123456789012345678901234567890"))
print(json.loads('"tab\\there \\"q\\" \\\\ \\/ \\b\\f\\n\\r"'))
print(json.loads('"\\u0041\\u00e9"'))
print(json.loads(b'{"bytes": [1, 2]}'))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads("[]"), json.loads("{}"), json.loads("  7  "))
