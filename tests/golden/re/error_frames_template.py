# re.sub with an unknown group name in the template: _subx/_compile_repl/parse_template frames.
import re

date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)")
print(date.sub(r"\g<month>/\g<year>", "2024-05"), date.sub(r"\2.\1", "1999-12"))
for template in [r"\3", r"\g<1", r"\q", "x\\"]:
    try:
        date.sub(template, "2024-05")
    except re.error as e:
        print(e)
date.sub(r"\g<day>", "2024-05")
