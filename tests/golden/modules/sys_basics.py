# sys: version_info, argv, maxsize, recursion limit get/set, and modules.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(sys.maxsize, sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(type(sys.modules).__name__, "sys" in sys.modules, sys.byteorder in ("little", "big"))
