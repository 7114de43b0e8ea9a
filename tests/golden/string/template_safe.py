# Template.safe_substitute leaves unknown or invalid placeholders; is_valid, get_identifiers, custom delimiter.
import string

t = string.Template("Dear $name, your order ${order} ships $when. Cost: $5 $$")
print(t.safe_substitute(name="Ann"))
print(t.safe_substitute({"order": 42, "when": "today"}))
print(t.is_valid(), string.Template("$ok ${fine}").is_valid())
print(t.get_identifiers(), string.Template("$a $b $a ${c}").get_identifiers())


class PercentTemplate(string.Template):
    delimiter = "%"


p = PercentTemplate("%greeting, %%name=%name")
print(p.substitute(greeting="Hi", name="Bo"))
