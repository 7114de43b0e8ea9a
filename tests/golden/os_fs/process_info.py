# Process and system queries return the right types and shapes.
import os

print(type(os.getpid()), os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()), type(os.geteuid()), type(os.getgid()))
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
r = os.urandom(16)
print(type(r), len(r), len(os.urandom(0)))
old = os.umask(0o22)
print(os.umask(old) == 0o22)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
