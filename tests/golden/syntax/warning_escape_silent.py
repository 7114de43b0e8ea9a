# An invalid escape sequence is only a DeprecationWarning in 3.11: silent by default.
pattern = "\d+\.\w"
print(pattern, len(pattern))
print(b"\q", "\N{EM DASH}")
