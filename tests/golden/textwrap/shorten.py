# shorten() collapses whitespace and truncates with a placeholder; its errors.
import textwrap

s = "Hello  world!   This is a   fairly long sentence that must be shortened."
for width in (12, 20, 40, 100):
    print(repr(textwrap.shorten(s, width)))
print(textwrap.shorten(s, 25, placeholder="..."))
print(textwrap.shorten("Short", 10))
try:
    textwrap.shorten(s, 4)
except ValueError as e:
    print("ValueError:", e)
