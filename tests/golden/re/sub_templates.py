# sub/subn templates: \1, \g<name>, \g<0>, escapes, count, and groups that did not match.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<first>\w+)@(?P<dom>\w+)", r"\g<dom>:\g<first>", "bob@home"))
print(re.sub(r"\d+", r"<\g<0>>", "a1b22"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub("x", r"\n\t|\\", "x"))
print(re.subn(r"o", "0", "foo boo", count=3))
print(re.sub(r"(\d)", r"\g<1>0", "1 2"))
print(re.subn("a", "b", "aaa", 0), re.subn("a", "b", "aaa", -1))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello"))
