# An AC circuit calculator: impedances as complex numbers in a dataclass, polar form, power.
import cmath, math
from dataclasses import dataclass, field

@dataclass
class Component:
    name: str
    impedance: complex

    def __str__(self):
        mag, ph = cmath.polar(self.impedance)
        return f"{self.name:<10} Z={self.impedance:.2f} |Z|={mag:8.3f} ∠{math.degrees(ph):+7.2f}°"

def series(*zs):
    return sum(zs, 0j)

def parallel(*zs):
    return 1 / sum(1 / z for z in zs)

f = 50.0
w = 2 * math.pi * f
R = Component("R", complex(100, 0))
L = Component("L", complex(0, w * 0.3))
C = Component("C", complex(0, -1 / (w * 20e-6)))
for c in (R, L, C):
    print(c)
zs = series(R.impedance, L.impedance, C.impedance)
zp = parallel(R.impedance, L.impedance, C.impedance)
print("series:", zs, f"{abs(zs):.4f}")
print("parallel:", zp, f"{zp:.3e}")
V = cmath.rect(230, 0)
I = V / zs
print(f"I = {I:.4f} A, |I| = {abs(I):.4f}, phase = {math.degrees(cmath.phase(I)):.3f} deg")
S = V * I.conjugate()
print(f"S = {S:.2f} VA, P = {S.real:.2f} W, Q = {S.imag:.2f} var, pf = {S.real/abs(S):.4f}")
print(repr(Component("X", 1j)))
print(sorted([R, L, C], key=lambda c: abs(c.impedance)))
