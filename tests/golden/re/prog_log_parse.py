# A realistic log parser: named groups, groupdict, Counter-free tallies, skipped lines.
import re

LOG = """\
2024-01-05 10:15:02 INFO  [auth] user=alice action=login ip=10.0.0.1
2024-01-05 10:15:09 WARN  [db] slow query took 1532ms
garbage line
2024-01-05 10:16:44 ERROR [auth] user=bob action=login ip=10.0.0.7 reason="bad password"
2024-01-05 10:17:00 INFO  [auth] user=alice action=logout ip=10.0.0.1
"""
line_re = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)"
)
kv_re = re.compile(r'(\w+)=("[^"]*"|\S+)')
levels = {}
for raw in LOG.splitlines():
    m = line_re.match(raw)
    if not m:
        print("skip:", raw)
        continue
    d = m.groupdict()
    levels[d["level"]] = levels.get(d["level"], 0) + 1
    fields = {k: v.strip('"') for k, v in kv_re.findall(d["msg"])}
    print(d["time"], d["level"], d["mod"], fields or d["msg"])
print(sorted(levels.items()))
ms = [int(x) for x in re.findall(r"(\d+)ms", LOG)]
print("slow:", ms)
