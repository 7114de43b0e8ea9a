# A pattern error inside nested groups: one _parse_sub/_parse pair of frames per open group.
import re

try:
    re.search("a\\", "a")
except re.error as e:
    print(e.msg, e.pos)
re.findall(r"(\d+)-((\w+)[", "12-ab")
