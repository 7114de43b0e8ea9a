# A realistic config loader: defaults merged with a JSON document, validated, written back.
import json

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "paths": {"log": "/var/log/app"}}
text = """
{
    "port": 9000,
    "debug": true,
    "paths": {"data": "/srv/data"},
    "users": [{"name": "ann", "admin": true}, {"name": "bob", "admin": false}]
}
"""


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


config = merge(DEFAULTS, json.loads(text))
admins = [u["name"] for u in config["users"] if u["admin"]]
print("admins:", admins)
print(f"serving on {config['host']}:{config['port']} debug={config['debug']}")
print(json.dumps(config, indent=4, sort_keys=True))
for broken in ('{"port": 80,}', '{"port": 08}'):
    try:
        json.loads(broken)
    except json.JSONDecodeError as e:
        print(f"config error at line {e.lineno}, col {e.colno}: {e.msg}")
