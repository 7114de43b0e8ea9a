# Replacing warnings.showwarning / formatwarning changes how warnings are shown.
import sys
import warnings


def my_show(message, category, filename, lineno, file=None, line=None):
    print(f"[{category.__name__}] {message} (line {lineno})")


print(warnings.formatwarning("msg", UserWarning, "prog.py", 12, "x = compute()"), end="")
print(repr(warnings.formatwarning("m", RuntimeWarning, "nofile.py", 1)))
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("custom display")
warnings.showwarning = old
warnings.formatwarning = lambda m, c, f, l, line=None: f"{c.__name__}: {m}\n"
warnings.warn("short format")
warnings.showwarning("direct", UserWarning, "x.py", 3, file=sys.stdout, line="code()")
