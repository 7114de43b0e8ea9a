# Assignment evaluates the right side first, then targets left to right.
def log(msg, value):
    print(msg)
    return value
lst = [0, 0, 0]
lst[log("index", 0)], lst[log("index2", 1)] = log("rhs", (1, 2))
print(lst)
i = 0
a = [10, 20, 30]
i, a[i] = 1, 99
print(i, a)
