# Popen.communicate: input, both outputs at once, None for streams that are not pipes.
import subprocess

p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"data")
print(out, err, p.returncode)
p = subprocess.Popen(["echo", "only out"], stdout=subprocess.PIPE, text=True)
print(p.communicate())
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("x\r\ny"))
