# Calling a literal or display warns "'tuple' object is not callable; perhaps you missed a comma?".
def pairs():
    return [(1, 2) (3, 4)]


def text():
    return "abc"("x")


def others():
    return [1]("x"), {1: 2}(), {1}(), f"x{1}"(), None()


for f in (pairs, text, others):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
