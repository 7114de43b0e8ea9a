# Default filters: DeprecationWarning ignored when raised in an imported module, shown when attributed to __main__.
import warnings

import lib_deprecation

print(lib_deprecation.old())
print(lib_deprecation.old_for_caller())
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("main deprecation", DeprecationWarning)
print([f[0] for f in warnings.filters])
