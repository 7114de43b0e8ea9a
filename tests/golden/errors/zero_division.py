# Integer division and modulo by zero: ZeroDivisionError messages.
def mean(xs):
    return sum(xs) / len(xs)
print(mean([1, 2]))
print(mean([]))
