# check=True raises CalledProcessError with CPython's message; check_returncode().
import subprocess

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 7"], check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.stdout), e.returncode, isinstance(e, subprocess.SubprocessError))
r = subprocess.run(["sh", "-c", "exit 2"])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
