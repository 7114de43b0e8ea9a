# Words longer than the width are split (at a hyphen when possible) or kept whole.
import textwrap

url = "https://example.com/a/very/long/path/that/does/not/fit/anywhere/index.html"
print(textwrap.wrap(url, 20))
print(textwrap.wrap(url, 20, break_long_words=False))
print(textwrap.wrap("pre-processing-pipeline-configuration-values", 12))
print(textwrap.wrap("----dashes---- a--b c---d", 6))
print(textwrap.wrap("x" * 25, 10, initial_indent="* ", subsequent_indent="  "))
