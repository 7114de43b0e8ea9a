# unified_diff: headers with dates, hunk ranges, n lines of context, lineterm.
import difflib

before = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
after = ["python\n", "eggy\n", "hamster\n", "guido\n"]
print("".join(difflib.unified_diff(before, after, fromfile="before.py",
                                   tofile="after.py")), end="")
print("--")
a = [str(i) for i in range(12)]
b = a[:5] + ["five"] + a[6:]
for line in difflib.unified_diff(a, b, "a", "b", "2024-01-01", "2024-01-02", n=1, lineterm=""):
    print(line)
print("--")
print(list(difflib.unified_diff([], ["new\n"])))
print(list(difflib.unified_diff(["x\n"], ["x\n"])))
