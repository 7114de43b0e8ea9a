# An uncaught JSONDecodeError: the traceback shows json's frames at CPython's lines.
import json

config = '{"name": "demo", "retries": 3,}'
print("loading")
json.loads(config)
