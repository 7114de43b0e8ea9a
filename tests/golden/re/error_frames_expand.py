# Match.expand with a bad group reference: re._expand then _parser.parse_template's addgroup.
import re

m = re.match(r"(\w+)=(\w+)", "key=value")
print(m.expand(r"\2 <- \1"), m.expand(r"\g<0>!"))
m.expand(r"\1 \5")
