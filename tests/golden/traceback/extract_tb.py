# extract_tb/walk_tb/format_tb: FrameSummary fields, indexing, repr, and StackSummary.format.
import traceback


def level2(x):
    return x["key"]


def level1():
    return level2({})


try:
    level1()
except KeyError as e:
    summary = traceback.extract_tb(e.__traceback__)
    for fs in summary:
        print(fs.name, fs.lineno, repr(fs.line), fs.filename.endswith("extract_tb.py"))
    fname, lineno, name, line = summary[-1]
    print(name, lineno, line, len(summary[-1]), summary[-1][2])
    print(repr(summary[0]).split(",")[1:])
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    print(traceback.format_tb(e.__traceback__, limit=1))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    print(summary[-1] == (summary[-1].filename, 6, "level2", 'return x["key"]'))
    print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 9, "g", None)]))
