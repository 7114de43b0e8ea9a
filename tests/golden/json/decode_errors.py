# JSONDecodeError messages with line, column and char for malformed documents.
import json

docs = [
    "", "   ", "[1,]", '{"a" 1}', '{"a": 1,}', "[1 2]", "{1: 2}", "nul", "-", "1.",
    "[", "{", '{"a"', '{"a":', "[1", '"abc', '"a\\', '"\\q"', '"\\u12"', '"\\uXYZW"',
    '"a\x01b"', "1 2", '[1, 2]\n  x', '{\n  "a": 1\n  "b": 2\n}', "\ufeff[]", "'single'",
]
for doc in docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
