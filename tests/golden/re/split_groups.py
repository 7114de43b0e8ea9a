# split: captured separators are kept (None when a group did not take part), maxsplit limits.
import re

print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"([,;])", "a,b;c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s+", " lead and trail "))
print(re.split(",", "a,b,c,d", maxsplit=2))
print(re.split(",", "a,b", -1))
print(re.compile(r"\W+").split("Words, words, words.", 1))
print(re.split("x", ""))
