# strict=False allows control characters inside strings; strict=True (default) rejects them.
import json

doc = '{"text": "line1\nline2\ttab"}'
try:
    json.loads(doc)
except json.JSONDecodeError as e:
    print("error:", e)
print(json.loads(doc, strict=False))
print(json.JSONDecoder(strict=False).decode('["\x00"]'))
