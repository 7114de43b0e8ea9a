# max_lines with placeholder, and the ValueErrors for bad width and oversized placeholders.
import textwrap

text = "one two three four five six seven eight nine ten eleven twelve thirteen"
for n in (1, 2, 3, 10):
    print(textwrap.wrap(text, 20, max_lines=n))
print(textwrap.fill(text, 20, max_lines=2, placeholder=" ..."))
print(textwrap.wrap(text, 15, max_lines=2, placeholder="[more]"))
for kwargs in ({"width": 0}, {"width": 5, "max_lines": 1, "placeholder": " [truncated]"}):
    try:
        textwrap.wrap(text, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
