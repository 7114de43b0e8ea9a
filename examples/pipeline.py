# A subprocess pipeline driven by asyncio: the words of a text go through
# `tr` (one word a line, lower case), then `sort | uniq -c` in a shell, then
# `sort -rn`; the event loop feeds each stage while reading the one before,
# and a failing command is reported with its exit status and stderr.
import asyncio
from asyncio.subprocess import PIPE

TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs. A fox, a dog, the end.
"""


async def stage(argv, data):
    """Runs one command with `data` on its stdin; returns its stdout."""
    proc = await asyncio.create_subprocess_exec(*argv, stdin=PIPE, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate(data)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}: {err.decode().strip()}")
    return out


async def word_counts(text):
    words = await stage(["tr", "-cs", "A-Za-z", "\\n"], text.encode())
    lower = await stage(["tr", "A-Z", "a-z"], words)
    counted = await stage(["sh", "-c", "sort | uniq -c"], lower)
    ranked = await stage(["sort", "-k1,1nr", "-k2,2"], counted)
    return [line.split() for line in ranked.decode().splitlines()]


async def main():
    for count, word in (await word_counts(TEXT))[:5]:
        print(f"{word:>6} {count}")

    # Three texts counted at once: the stages of each run concurrently.
    texts = ["a b a", "x y z x x", "one two two"]
    results = await asyncio.gather(*(word_counts(t) for t in texts))
    for t, r in zip(texts, results):
        print(repr(t), "->", r[0][1], "x", r[0][0])

    try:
        await stage(["sh", "-c", "echo oops >&2; exit 3"], b"")
    except RuntimeError as e:
        print("failed:", e)


asyncio.run(main())
