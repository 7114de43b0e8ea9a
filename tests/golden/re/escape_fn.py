# re.escape escapes only the special characters (3.7+), for str and bytes.
import re

print(re.escape("www.python.org"))
print(re.escape("a+b=c? [x] {1,2} (y) ^$|\\ #~&-"))
print(re.escape("under_score and digits 123"))
print(re.escape(b"1.5*2"))
print(re.escape("\t\n"))
print(re.match(re.escape("1.5+2"), "1.5+2").group())
