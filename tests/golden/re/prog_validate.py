# Validating emails, dates and phone numbers with fullmatch; extracting the parts.
import re

EMAIL = re.compile(r"[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
PHONE = re.compile(r"\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})")
for s in ["john.doe+tag@example.co.uk", "bad@", "a@b.c", "x_y@sub.domain.org"]:
    print(s, bool(EMAIL.fullmatch(s)))
for s in ["2024-02-29", "2024-13-01", "1999-12-31", "2024-1-1"]:
    m = DATE.fullmatch(s)
    print(s, m and tuple(int(v) for v in m.group("y", "m", "d")))
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = PHONE.fullmatch(s)
    print(s, "-".join(m.groups()) if m else None)
text = "Contact: ann@x.org, bob@y.net; invalid: c@d"
print(EMAIL.findall(text))
