# Regex-heavy text work: findall of words over ~1 MB, sub with a template per line,
# a log-line match loop with named groups, and a function replacement.
import re

words = "lorem ipsum dolor sit amet, consectetur adipiscing elit 12345 sed do eiusmod\n"
text = words * (1_000_000 // len(words))
print(len(re.findall(r"\w+", text)))
num = re.compile(r"(\d+)")
lines = text.splitlines()
print(sum(len(num.sub(r"<\1>", line)) for line in lines))
log = re.compile(r"^(?P<a>\w+) (?P<b>\w+) (?P<c>\w+)")
total = 0
for line in lines:
    m = log.match(line)
    if m:
        total += len(m.group("b"))
print(total)
print(len(re.sub(r"[aeiou]", lambda m: m.group().upper(), text[:100_000])))
print(len(re.findall(r"consectetur|elit|sed", text)))
