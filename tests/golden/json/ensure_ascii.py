# ensure_ascii escapes non-ASCII as \uXXXX (astral chars as surrogate pairs); False keeps them.
import json

s = "caf\u00e9 \u20ac \U0001f600 \x7f"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"cl\u00e9": s}))
print(json.dumps({"cl\u00e9": s}, ensure_ascii=False))
print(json.loads(json.dumps(s)) == s)
print(json.loads('"\\ud83d\\ude00 \\u00e9"'))
