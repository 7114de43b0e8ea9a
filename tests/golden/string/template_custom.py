# string.Template subclasses: their own delimiter, idpattern and pattern, and
# the errors of substitute with CPython's frames.
import string
import sys
import traceback


class Percent(string.Template):
    delimiter = "%"


class Dotted(string.Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"


class Hash(string.Template):
    pattern = r"\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))"


print(Percent("%user paid %%5").substitute(user="ann"))
print(Dotted("$cfg.path ok").safe_substitute({"cfg.path": "/tmp"}))
print(Hash("#x and #{y} cost ##1").substitute(x=1, y=2))
print(string.Template.flags, string.Template("$a $b").get_identifiers())
for call in (lambda: string.Template("$a $b").substitute(a=1),
             lambda: string.Template("ok\n  $").substitute(),
             lambda: string.Template("$a").substitute({"b": 1}, c=2)):
    try:
        call()
    except (KeyError, ValueError):
        traceback.print_exc(file=sys.stdout)
