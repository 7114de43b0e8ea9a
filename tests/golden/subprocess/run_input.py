# input= feeds stdin (bytes, or str in text mode); large inputs do not deadlock.
import subprocess

print(subprocess.run(["cat"], input=b"bytes in\n", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text in\n", capture_output=True, text=True).stdout)
big = "line\n" * 50000
out = subprocess.run(["cat"], input=big, capture_output=True, text=True).stdout
print(len(out), out == big)
r = subprocess.run(["sh", "-c", "read a; read b; echo $b $a"], input="1\n2\n", stdout=subprocess.PIPE, text=True)
print(r.stdout, r.stderr)
try:
    subprocess.run(["cat"], input="x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
