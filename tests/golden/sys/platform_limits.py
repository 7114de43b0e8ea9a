# sys.maxsize, maxunicode, byteorder, platform, version_info, hexversion, recursion limit, modules.
import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, chr(sys.maxunicode) > "z")
print(sys.byteorder, sys.platform)
print(sys.version_info)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, tuple(sys.version_info)[3])
print(hex(sys.hexversion), sys.version.split()[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
import json
print(sys.modules["json"] is json, "json.decoder" in sys.modules)
print(isinstance(sys.path, list), isinstance(sys.executable, str), isinstance(sys.argv[0], str))
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(sorted(vars(sys.implementation)), type(sys.implementation.name).__name__)
