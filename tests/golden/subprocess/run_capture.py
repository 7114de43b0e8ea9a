# run(capture_output=True): CompletedProcess with bytes stdout/stderr, its repr and fields.
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True)
print(r)
print(repr(subprocess.run(["true"])))
