# sorted() and list.sort() make CPython's exact sequence of __lt__ calls (timsort with galloping merges, powersort).
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
data = [(i * 7919) % 97 for i in range(150)] + list(range(60, 0, -1))
sorted([K(x) for x in data])
print(len(calls), calls[:12], calls[-12:], sum(a * 31 + b for a, b in calls))
calls.clear()
ks = [K(x % 13) for x in data[:40]]
ks.sort(reverse=True)
print(len(calls), [k.v for k in ks][:10], calls[:8])
