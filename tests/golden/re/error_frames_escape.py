# A bad escape in a class: _parse's call of _class_escape, then its raise line.
import re

pattern = re.compile(r"[\w.-]+@[\w-]+\.\w+")
print(pattern.findall("mail bob@example.com or amy@test.org"))
re.sub(r"[\d\y]", "#", "a1b2")
