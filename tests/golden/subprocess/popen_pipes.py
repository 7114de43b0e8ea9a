# Popen with pipes: write to stdin, iterate stdout lines, wait/returncode, context manager.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("first\nsecond\n")
p.stdin.write("third")
p.stdin.close()
for line in p.stdout:
    print(repr(line))
p.stdout.close()
print(p.wait(), p.returncode, p.poll())
with subprocess.Popen(["sh", "-c", "echo a; echo b"], stdout=subprocess.PIPE) as q:
    print(q.stdout.readline(), q.stdout.read())
print(q.returncode)
r = subprocess.Popen(["echo", "x"], stdout=subprocess.PIPE)
print(r.stdout.read(1), r.stdout.readlines())
r.wait()
