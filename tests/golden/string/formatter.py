# string.Formatter: format/vformat, parse, get_field, conversions, and overriding get_value.
import string

f = string.Formatter()
print(f.format("{0} + {1} = {2:>4}", 2, 3, 5))
print(f.format("{name!r} has {items[0]} and {obj.real}", name="Ann", items=["x"], obj=3))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("Hi {name:>{width}}! {{literal}} {0!s}")))
print(list(f.parse("no fields")), list(f.parse("")))
for fmt, args in [("{} {1}", (1, 2)), ("{0} {}", (1, 2)), ("{", ()), ("}", ()), ("{0!x}", (1,))]:
    try:
        print(f.format(fmt, *args))
    except ValueError as e:
        print("ValueError:", e)


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


print(Defaulting().format("{user} logged in from {host}", user="root"))
