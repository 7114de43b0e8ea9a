# Differ.compare on a longer text, with tabs kept under the '?' guides.
import difflib

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print("".join(difflib.ndiff(["\tindent x\n"], ["\tindent y\n"])), end="")
