# PYTHONBREAKPOINT=0 turns breakpoint() into a no-op returning None; a hook is honoured.
import os
import sys

os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
print(breakpoint(1, key=2))
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("hook", "called", sep="-")
os.environ["PYTHONBREAKPOINT"] = "0"
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hooked"
print(breakpoint(3, x=4), calls)
