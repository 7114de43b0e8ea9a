#!/usr/bin/env python3
"""Randomized differential check of set iteration order: generates small set
programs over int elements, runs them with Coil and CPython 3.11, and counts the
cases whose printed output differs.

usage: set-order-check.py COIL PYTHON [PROGRAMS] [SEED]
"""
import random
import subprocess
import sys

POOLS = [
    lambda r: r.randrange(-5, 40),
    lambda r: 8 * r.randrange(0, 40),
    lambda r: 16 * r.randrange(-10, 30),
    lambda r: 64 * r.randrange(0, 50) + r.choice([0, 0, 1]),
    lambda r: r.choice([2**61, 2**62, -(2**61), 2**61 - 1, 2**64 + 3]),
]


def elems(r, n):
    pool = r.choice(POOLS)
    return [pool(r) for _ in range(n)]


def make_set(r, names):
    k = r.randrange(12)
    n = r.choice([0, 1, 2, 3, 4, 5, 6, 8, 11, 17, 30, 70])
    xs = elems(r, n)
    if k == 0 and len(xs) > 0:
        return "{" + ", ".join(map(str, xs)) + "}"
    if k == 1:
        return f"set({xs})"
    if k == 2:
        return f"{{x for x in {xs}}}"
    if k == 3:
        return f"set(dict.fromkeys({xs}))"
    if names:
        a = r.choice(names)
        b = r.choice(names)
        return r.choice([
            f"set({a})", f"{a}.copy()", f"{a} | {b}", f"{a} & {b}", f"{a} - {b}",
            f"{a} ^ {b}", f"{{*{a}, *{b}}}", f"{a}.union({xs})", f"frozenset({a})",
            f"{a}.intersection({b})", f"{a}.difference({b})",
            f"{a}.symmetric_difference({b})", f"{{*{a}}}",
        ])
    return f"set({xs})"


def mutate(r, name, names):
    b = r.choice(names)
    xs = elems(r, r.choice([1, 2, 5, 12]))
    return r.choice([
        f"{name} |= {b}", f"{name} &= {b}", f"{name} -= {b}", f"{name} ^= {b}",
        f"{name}.update({xs})", f"{name}.update({b})",
        f"[{name}.add(x) for x in {xs}]", f"[{name}.discard(x) for x in {xs}]",
        f"{name}.difference_update({b})",
    ])


def case(r, i):
    lines = []
    names = []
    for j in range(r.randrange(1, 5)):
        name = f"s{j}"
        lines.append(f"{name} = set({make_set(r, names)})" if r.random() < 0.1
                     else f"{name} = {make_set(r, names)}")
        names.append(name)
        if r.random() < 0.4:
            lines.append(mutate(r, name, names))
    body = "; ".join(lines)
    return f"try:\n    {body}\n    print({i}, *[list(v) for v in ({', '.join(names)},)])\nexcept Exception as e:\n    print({i}, type(e).__name__)\n"


def main():
    coil, py = sys.argv[1], sys.argv[2]
    programs = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    r = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    total = bad = 0
    for p in range(programs):
        src = "".join(case(r, p * 30 + i) for i in range(30))
        with open("/tmp/set_order_case.py", "w") as f:
            f.write(src)
        a = subprocess.run([coil, "/tmp/set_order_case.py"], capture_output=True, text=True).stdout.splitlines()
        b = subprocess.run([py, "/tmp/set_order_case.py"], capture_output=True, text=True).stdout.splitlines()
        if len(b) != 30:
            print("generator error:", len(b), "lines")
        total += len(b)
        for x, y in zip(a, b):
            if x != y:
                bad += 1
                if bad <= 3:
                    n = int(y.split()[0]) % 30
                    print("MISMATCH:", src.split("try:\n")[n + 1].split("\n")[0].strip())
                    print("  coil   ", x[:300])
                    print("  cpython", y[:300])
        bad += abs(len(a) - len(b))
    print(f"{bad} of {total} cases differ ({100 * bad / max(total, 1):.1f}%)")


main()
