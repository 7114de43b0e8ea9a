# A report generator filling string.Template lines from records, with safe_substitute for gaps.
from string import Template

row = Template("${name}: $count item(s) at $$${price} each")
records = [
    {"name": "apples", "count": 3, "price": "0.50"},
    {"name": "pears", "count": 0, "price": "0.75"},
    {"name": "figs", "count": 12},
]
for rec in records:
    try:
        print(row.substitute(rec))
    except KeyError as missing:
        print("missing", missing, "->", row.safe_substitute(rec))
