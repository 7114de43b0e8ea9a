# 3.11 traceback carets: ~~~^^^ under a failing binary op and ^^^^ under a failing call.
def ratio(a, b):
    return a["x"] / b["y"]
def main():
    data = {"x": 1}
    other = {"y": 0}
    result = ratio(data,
                   other)
    return result
main()
