# A missing program is FileNotFoundError naming it; a missing cwd names the folder.
import subprocess

try:
    subprocess.run(["nosuchprog", "arg"])
except FileNotFoundError as e:
    print(e)
    print(e.errno, e.strerror, e.filename)
try:
    subprocess.run(["echo"], cwd="/nonexistent/folder")
except FileNotFoundError as e:
    print(e)
try:
    subprocess.check_output(["nosuchprog"])
except OSError as e:
    print(type(e).__name__, e)
