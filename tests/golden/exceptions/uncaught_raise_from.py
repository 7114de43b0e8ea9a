# An uncaught raise-from prints the cause first, then "The above exception was the direct cause".
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
print("start")
parse("abc")
