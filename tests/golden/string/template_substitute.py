# Template.substitute with mappings and keywords, $$ escapes, ${braced} names, and its errors.
from string import Template

t = Template("$who likes ${what}s and costs $$$price")
print(t.substitute(who="Tim", what="kung pao", price=10))
print(t.substitute({"who": "Ann", "what": "noodle", "price": 3}, price=4))
print(t.template)
for tpl, kwargs in [("$name is $age", {"name": "Al"}),
                    ("cost: $5", {}),
                    ("line one\n  bad $ here", {}),
                    ("${unclosed", {})]:
    try:
        print(Template(tpl).substitute(**kwargs))
    except KeyError as e:
        print("KeyError:", e)
    except ValueError as e:
        print("ValueError:", e)
