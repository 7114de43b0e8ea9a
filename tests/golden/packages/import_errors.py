# ImportError and ModuleNotFoundError messages for names and modules that are missing.
try:
    from shop import nothing
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import shop.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import shop.cart.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
from shop import nothing_at_all
