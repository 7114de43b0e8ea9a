# any/all short-circuit on the first deciding element and handle empty inputs.
def v(x):
    print("check", x)
    return x
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any(v(x) for x in [0, 1, 2]))
print(all(v(x) for x in [1, 0, 2]))
