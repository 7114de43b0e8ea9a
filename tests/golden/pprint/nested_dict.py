# pprint of a nested config dict at the default width: sorted keys, aligned continuation lines.
import pprint

config = {
    "server": {"host": "localhost", "port": 8080, "routes": ["/", "/api", "/health", "/metrics", "/admin"]},
    "database": {"url": "postgres://db.internal:5432/app", "pool": {"min": 2, "max": 20, "timeout": 30.0}},
    "features": [("search", True), ("beta-ui", False), ("export", True)],
    "owners": None,
    "version": (1, 4, 2),
}
pprint.pprint(config)
pprint.pprint(config, width=50)
print(pprint.pformat(config["server"]))
