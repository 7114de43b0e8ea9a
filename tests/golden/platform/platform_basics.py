# platform: system, machine, python version (the CPython version followed), uname shape.
import platform
import sys

print(platform.system(), platform.machine())
print(platform.python_version(), platform.python_version_tuple())
u = platform.uname()
print(type(u).__name__, len(u), u.system == platform.system(), u[0], u.machine == u[4])
print(u.release == platform.release(), u.node == platform.node(), u.version == platform.version())
print(platform.architecture())
print(platform.platform().startswith("Linux-" + platform.release() + "-" + platform.machine()))
print(platform.platform() == platform.platform(terse=True))
print(platform.libc_ver()[0])
print(repr(u.processor))
