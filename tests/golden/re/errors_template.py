# Errors in replacement templates: bad group references, names and escapes.
import re

for repl in [r"\1", r"\g<x>", r"\g<1", r"\g<>", r"\q", "\\", r"\g<-1>", r"\g", r"\2", r"\g<1a>"]:
    try:
        print(re.sub("(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
