# f-string format specs, including nested replacement fields inside the spec.
v = 3.14159
w, p = 10, 3
print(f"[{v:10.2f}]", f"[{v:<10.3}]", f"[{v:^{w}.{p}f}]")
print(f"[{'hi':*^9}]", f"[{42:08d}]", f"[{-42:+06}]")
print(f"{255:x} {255:#X} {255:#o} {5:#b} {1234567:,} {1234567:_}")
print(f"{0.25:%} {0.256:.1%} {12345.678:e} {12345.678:.3g}")
fill, align = "-", ">"
print(f"[{'r':{fill}{align}{w}}]")
print(f"{3:{'>'}5}|")
