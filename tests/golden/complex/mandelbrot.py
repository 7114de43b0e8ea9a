# An ASCII Mandelbrot set: complex iteration z = z*z + c with abs() escape test.
def escape(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

chars = " .:-=+*#%@"
for row in range(12):
    y = 1.2 - row * 0.2
    line = ""
    for col in range(48):
        x = -2.1 + col * 0.0625
        n = escape(complex(x, y))
        line += chars[min(n * len(chars) // 31, len(chars) - 1)]
    print(line.rstrip())
print(escape(-1 + 0j), escape(0.5 + 0.5j), escape(-0.75 + 0.1j, 1000))
