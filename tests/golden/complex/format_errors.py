# Invalid complex format specs: zero padding, '=' alignment and unknown codes are ValueErrors.
for spec in ["010", "0>10", "=10", "%", "d", "x", "s", "c", ",n", "10.2q"]:
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print(repr(spec), e)
print(f"{1j:08.2f}")
