# stderr=STDOUT merges into the stdout pipe; DEVNULL discards; STDOUT is only for stderr.
import subprocess

r = subprocess.run(["sh", "-c", "echo one; echo two >&2; echo three"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(["sh", "-c", "echo hidden; echo shown >&2"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
print(r)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
try:
    subprocess.run(["echo"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
