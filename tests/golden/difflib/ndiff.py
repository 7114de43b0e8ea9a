# ndiff: '- ', '+ ', '  ' lines and the '?' intraline guides.
import difflib

a = "one\ntwo\nthree\nfour\n".splitlines(keepends=True)
b = "ore\ntree\nemu\nfour\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
print("--")
print("".join(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])), end="")
print("--")
print("\n".join(difflib.ndiff(["apple", "banana"], ["apple", "cherry", "banana"])))
