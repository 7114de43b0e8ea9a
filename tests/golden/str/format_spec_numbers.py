# Format specs for floats: precision, fill, alignment, sign, grouping and special values.
for v in [0.0, -0.0, 1.5, -1234.5678, 1e21, 1e-7, float("inf"), float("nan")]:
    print(f"{v:.3f}|{v:10.2e}|{v:+g}|{v:^12,.1f}|{v!r}")
print(f"{12345678:_d} {0.5:.0f} {1.5:.0f} {2.5:.0f} {123:=+8} {-5:08.2f}")
