# A recursive radix-2 FFT and its inverse with cmath.exp, checked against a naive DFT.
import cmath

def fft(xs):
    n = len(xs)
    if n == 1:
        return list(xs)
    even, odd = fft(xs[0::2]), fft(xs[1::2])
    tw = [cmath.exp(-2j * cmath.pi * k / n) * odd[k] for k in range(n // 2)]
    return [even[k] + tw[k] for k in range(n // 2)] + [even[k] - tw[k] for k in range(n // 2)]

def ifft(xs):
    n = len(xs)
    return [x.conjugate() / n for x in fft([x.conjugate() for x in xs])]

def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]

signal = [1, 2, 3, 4, 0, -1, 0.5, 2]
spectrum = fft(signal)
for k, c in enumerate(spectrum):
    print(k, c, f"{abs(c):.6f}", f"{cmath.phase(c):+.4f}")
print(max(abs(a - b) for a, b in zip(spectrum, dft(signal))) < 1e-12)
print([round(x.real, 10) for x in ifft(spectrum)])
print([f"{x:.3f}" for x in ifft(spectrum)[:3]])
