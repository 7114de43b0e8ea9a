# A small tool logging to stderr with a custom format while printing results on stdout.
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s:%(lineno)d %(message)s")
log = logging.getLogger("wordcount")

TEXT = """the quick brown fox
jumps over the lazy dog
the end"""


def count(lines):
    counts = {}
    for n, line in enumerate(lines, 1):
        words = line.split()
        log.debug("line %d has %d words", n, len(words))
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return counts


log.info("counting %d lines", len(TEXT.splitlines()))
result = count(TEXT.splitlines())
for word, c in sorted(result.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(word, c)
if result.get("the", 0) > 2:
    log.warning("'the' appears %d times", result["the"])
log.info("done")
