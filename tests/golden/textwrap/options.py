# TextWrapper options: indents, break_long_words, break_on_hyphens, drop_whitespace, tabs, sentence endings.
import textwrap

text = "Supercalifragilistic words\tand tabs. Mr. Smith went home! It rained.  Then antidisestablishmentarianism-style hyphens."
print(textwrap.fill(text, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=18, tabsize=4)
print(w.wrap("a\tb\tc\td and some more words"))
w.width = 40
print(w.fill("changing attributes after construction works too"))
