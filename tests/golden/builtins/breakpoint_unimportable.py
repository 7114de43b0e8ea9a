# PYTHONBREAKPOINT naming something that cannot be imported warns (RuntimeWarning) and continues.
import os

os.environ["PYTHONBREAKPOINT"] = "no_such_module_xyz.hook"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "os.getpid_missing"
print(breakpoint())
print("still running")
