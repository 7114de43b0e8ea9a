# Grid walking with complex coordinates, Advent-of-Code style: turns by multiplying by 1j.
moves = "R8,U5,L5,D3,R2,U7,L9,D1"
dirs = {"U": 1j, "D": -1j, "L": -1, "R": 1}
pos, visited, steps = 0j, {0j: 0}, 0
for m in moves.split(","):
    for _ in range(int(m[1:])):
        pos += dirs[m[0]]
        steps += 1
        visited.setdefault(pos, steps)
print(pos, len(visited), max(visited, key=lambda p: abs(p.real) + abs(p.imag)))
print(sorted(visited.items(), key=lambda kv: kv[1])[-3:])
corners = {p for p in visited if abs(p.real) == 5 or abs(p.imag) == 5}
print(corners)
print(set([1j, 2j, 3 + 1j, -1 - 1j, 0j, 10j, 1, 2.5]))
heading, here = 1j, 0j
for turn in "LLRRFFLF":
    if turn == "L":
        heading *= 1j
    elif turn == "R":
        heading *= -1j
    else:
        here += heading
print(heading, here, int(abs(here.real) + abs(here.imag)))
grid = {complex(x, y): "#" if (x * y) % 3 == 0 else "." for x in range(4) for y in range(3)}
for y in range(3):
    print("".join(grid[complex(x, y)] for x in range(4)))
neighbours = [grid.get(complex(1, 1) + d, "?") for d in (1, -1, 1j, -1j, 1 + 1j)]
print(neighbours, {v: k for k, v in grid.items()})
