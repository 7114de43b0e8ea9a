# __warningregistry__ records shown warnings per location; "once" and "module" actions.
import warnings


def emit(msg):
    warnings.warn(msg, stacklevel=2)


for i in range(3):
    emit("loop")
print(sorted(k[0] for k in __warningregistry__ if k != "version"))
warnings.simplefilter("once")
emit("same text")
emit("same text")
warnings.simplefilter("module")
emit("per module")
emit("per module")
warnings.warn_explicit("explicit", UserWarning, "virtual.py", 42)
warnings.warn_explicit("explicit", UserWarning, "virtual.py", 42, module="virt", registry={})
