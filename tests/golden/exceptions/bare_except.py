# A bare except catches everything, including exceptions from deeper calls.
def deep():
    return {}["missing"]
try:
    deep()
except:
    print("caught something")
try:
    raise SystemExit(5)
except:
    print("even SystemExit")
for exc in (ValueError, TypeError, OSError):
    try:
        raise exc("x")
    except:
        print("caught", exc.__name__)
