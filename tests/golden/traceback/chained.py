# format_exception on chained exceptions: "direct cause" and "During handling" messages, chain=False.
import traceback


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("config is broken") from e


try:
    parse("x1")
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(e, chain=False)))

try:
    try:
        {}["missing"]
    except KeyError:
        None.upper()
except AttributeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(lines))
    print("".join(lines))
