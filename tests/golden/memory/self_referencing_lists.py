# Self-referencing lists and dicts created in a loop do not exhaust memory.
for i in range(300_000):
    l = []
    l.append(l)
    d = {}
    d["self"] = d
print("done", len(l), len(d))
