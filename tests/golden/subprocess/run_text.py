# text=True, universal_newlines and an explicit codec decode output and translate \r\n.
import subprocess

print(subprocess.run(["echo", "héllo"], capture_output=True, text=True).stdout)
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc'"], capture_output=True, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "printf 'caf\\351'"], capture_output=True, encoding="latin-1")
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "printf 'x\\377y'"], capture_output=True, text=True, errors="replace")
print(repr(r.stdout))
