# traceback.format_exc() inside an except block prints CPython's report with ~~~^^^ carets.
import traceback


def average(values):
    return sum(values) / len(values)


def report(data):
    return {k: average(v) for k, v in data.items()}


try:
    report({"a": [1, 2], "b": []})
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text)
    print(text.count("\n"), "lines")
