# timeout= kills the child and raises TimeoutExpired (message, cmd, timeout, output so far).
# coil-test: real-time
import subprocess

try:
    subprocess.run(["sh", "-c", "echo started; sleep 5"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.cmd, e.timeout, e.stdout, e.stderr)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout)
p.kill()
print(p.wait())
