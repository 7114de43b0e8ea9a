# asyncio.to_thread(subprocess.run, ...) lets the loop's other tasks run meanwhile.
import asyncio, subprocess
async def ticker(done):
    n = 0
    while not done.is_set():
        n += 1
        await asyncio.sleep(0.02)
    return n
async def main():
    done = asyncio.Event()
    t = asyncio.create_task(ticker(done))
    r = await asyncio.to_thread(subprocess.run, ["sleep", "0.2"])
    done.set()
    n = await t
    print("returncode", r.returncode, "ticks >= 2:", n >= 2)
asyncio.run(main())
