# sys.argv of a script run with no arguments: just the script path; orig_argv ends with it.
import sys

print(len(sys.argv), sys.argv[0].endswith("argv_script.py"))
print(sys.orig_argv[-1] == sys.argv[0], isinstance(sys.executable, str))
sys.argv[1:] = ["--flag", "value"]
print(sys.argv[1:])
