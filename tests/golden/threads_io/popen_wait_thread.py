# Popen.wait(timeout) and communicate() in threads run while the main thread counts.
import subprocess
import threading
import time

out = {}


def waiter():
    p = subprocess.Popen(["sleep", "5"])
    try:
        p.wait(timeout=0.1)
    except subprocess.TimeoutExpired as e:
        out["timeout"] = str(e)
    p.kill()
    out["killed"] = p.wait()


def talker():
    p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    data, _ = p.communicate(b"abc" * 50000)
    out["cat"] = (len(data), data[:6], p.returncode)


threads = [threading.Thread(target=f) for f in (waiter, talker)]
for t in threads:
    t.start()
n = 0
while any(t.is_alive() for t in threads):
    n += 1
    time.sleep(0.01)
print(out["timeout"])
print(out["killed"], out["cat"], n > 3)
