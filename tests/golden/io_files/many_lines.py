# Reading a file of many lines: chunk boundaries never split or lose a line.
from iohelp import cleanup

name = "many_lines.txt"
with open(name, "w") as f:
    for i in range(20000):
        f.write(f"line {i} é€ {'x' * (i % 37)}\n")
count = 0
total = 0
with open(name) as f:
    for line in f:
        count += 1
        total += len(line)
print(count, total)
with open(name) as f:
    lines = f.readlines()
print(len(lines), lines[9999], lines[-1])
with open(name, "rb") as f:
    print(sum(1 for _ in f))
with open(name) as f:
    print(len(f.read()))
cleanup(name)
