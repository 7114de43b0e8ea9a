# A child inheriting stdout writes to the same stream (flush first to keep the order).
import subprocess
import sys

print("before")
sys.stdout.flush()
subprocess.run(["echo", "from child"])
subprocess.run(["sh", "-c", "echo to stderr >&2"])
subprocess.run(["echo", "via sys.stdout"], stdout=sys.stdout)
print("after")
