# Importing a missing module raises ModuleNotFoundError with the module's name.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper_mod import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
