# wrap() and fill() at several widths, with hyphenated words and em-dashes.
import textwrap

text = ("The well-known state-of-the-art text wrapper -- used by many command-line tools -- "
        "breaks lines at whitespace and after hyphens in compound words like e-mail or x-ray.")
for width in (20, 35, 50, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("one", 10))
