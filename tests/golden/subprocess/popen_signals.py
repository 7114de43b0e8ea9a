# terminate/kill/send_signal: the return code is minus the signal number.
import signal
import subprocess

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait(), p.returncode)
p.kill()  # already finished: nothing happens
print("ok")
