# An unset ContextVar without a default raises LookupError(var); uncaught, the traceback shows the var's repr
import contextvars

missing = contextvars.ContextVar('missing')

def read():
    return missing.get()

print('before')
read()
