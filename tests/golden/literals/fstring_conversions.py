# f-string conversions !r !s !a and the self-documenting {x=} form.
s = "café\n"
print(f"{s!r}|{s!s}|{s!a}")
x = 3.5
print(f"{x=}", f"{x = }", f"{x=!s}", f"{x=:.3f}")
items = [1, "two"]
print(f"{items=}")
print(f"{'é'!a}", f"{None!r}")
