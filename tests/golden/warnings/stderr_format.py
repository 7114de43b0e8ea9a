# warn() writes "file:line: Category: message" and the source line to stderr; categories and instances.
import warnings

warnings.warn("plain user warning")
warnings.warn("runtime trouble", RuntimeWarning)
warnings.warn(FutureWarning("an instance"))
warnings.warn("bytes issue", BytesWarning)
for cat in (UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning):
    print(cat.__name__, cat.__mro__[1].__name__, issubclass(cat, Warning))
print("end")
