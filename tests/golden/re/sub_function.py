# sub with a function: called with each Match, None means the empty string, and counts.
import re

def shout(m):
    return m.group(0).upper()

print(re.sub(r"\b\w", shout, "the quick brown fox"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"x", lambda m: None, "axbxc"))
calls = []
print(re.sub(r"(?P<n>\d)", lambda m: calls.append(m.span("n")) or "#", "1a2", count=1), calls)
try:
    re.sub("a", lambda m: 1, "bab")
except TypeError as e:
    print("TypeError:", e)
