# Barrier with five parties over three rounds: nobody starts round n+1 before all finished round n.
import asyncio

async def main():
    b = asyncio.Barrier(5)
    log = []

    async def worker(i):
        for rnd in range(3):
            await asyncio.sleep(0.1 * ((i * 7 + rnd * 3) % 5))
            log.append((rnd, i))
            idx = await b.wait()
            if idx == 0:
                print('round', rnd, 'done by', sorted(w for r, w in log if r == rnd))

    await asyncio.gather(*(worker(i) for i in range(5)))
    rounds = [r for r, _ in log]
    print(rounds == sorted(rounds), len(log), b)

asyncio.run(main())
