# A realistic tool: word counting options over positional "files" (here strings).
import argparse

def main(argv):
    p = argparse.ArgumentParser(prog="wc", description="Count words in texts.")
    p.add_argument("texts", nargs="+", help="texts to count")
    p.add_argument("-l", "--lines", action="store_true", help="count lines")
    p.add_argument("-w", "--words", action="store_true", help="count words")
    p.add_argument("--min", type=int, default=0, metavar="N", help="ignore words shorter than N")
    args = p.parse_args(argv)
    for t in args.texts:
        words = [w for w in t.split() if len(w) >= args.min]
        out = []
        if args.lines or not args.words:
            out.append(str(t.count("|") + 1))
        if args.words or not args.lines:
            out.append(str(len(words)))
        print(" ".join(out), repr(t))
    return 0

main(["a bb|ccc", "dddd e", "-w", "--min", "2"])
main(["-lw", "one|two|three"])
main(["-h"])
