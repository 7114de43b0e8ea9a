# A realistic log processor: parse timestamps with strptime, compute durations with mktime, reformat.
import time

log = """\
2024-03-05 09:15:00 start backup
2024-03-05 09:47:30 finish backup
2024-03-05 23:59:59 start report
2024-03-06 00:20:01 finish report"""
started = {}
for line in log.splitlines():
    day, clock, event, job = line.split()
    t = time.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M:%S")
    secs = time.mktime(t)
    if event == "start":
        started[job] = secs
    else:
        mins, s = divmod(int(secs - started.pop(job)), 60)
        print(f"{job:8} {mins:3d}m{s:02d}s ended {time.strftime('%a %d %b, %I:%M %p', t)}")
print(time.strftime("%j/%U", time.strptime("2024-12-31", "%Y-%m-%d")))
