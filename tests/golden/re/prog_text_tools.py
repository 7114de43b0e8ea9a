# Small text tools: word frequencies, whitespace cleanup, camelCase to snake_case, templating.
import re

text = "The cat and the hat. The END, the end!"
freq = {}
for w in re.findall(r"[a-z']+", text.lower()):
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(re.sub(r"\s+", " ", "  too   many\t\tspaces \n here ").strip())
def snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
print([snake(n) for n in ["camelCase", "HTTPResponseCode", "getHTTP2Value", "simple"]])
values = {"name": "World", "n": 3}
print(re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), "Hello {name}, {n} {missing}"))
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
