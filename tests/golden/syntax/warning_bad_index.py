# Indexing a display with a non-int literal warns "list indices must be integers ...".
def run():
    rows = [[1, 2] [0, 1]]
    return rows


def other():
    return [1, 2]["a"], (1, 2)[1.5], "abc"[None], [1][f"x"], {1, 2}[0], 5[0]


for f in (run, other):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print([1, 2][0], (1, 2)[True], "abc"[1:], {"a": 1}["a"])
