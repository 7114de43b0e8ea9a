# coil-only: CPython hangs on this program forever; Coil prints a deadlock report
# (stderr, exit status 3). Dining philosophers: each picks up the fork on the
# left, thinks for a moment, then reaches for the fork on the right, which the
# neighbour already holds. Run it with `coil examples/deadlock.py`.
import asyncio

NAMES = ["Aristotle", "Kant", "Spinoza"]


async def philosopher(name, left, right):
    async with left:
        print(f"{name} picked up the left fork")
        await asyncio.sleep(0.1)
        async with right:
            print(f"{name} eats")


async def main():
    forks = [asyncio.Lock() for _ in NAMES]
    async with asyncio.TaskGroup() as table:
        for i, name in enumerate(NAMES):
            left, right = forks[i], forks[(i + 1) % len(forks)]
            table.create_task(philosopher(name, left, right), name=name)
    print("everyone has eaten")


asyncio.run(main())
