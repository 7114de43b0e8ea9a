# terminate() and kill(): wait() returns minus the signal number; signalling a reaped child is ProcessLookupError.
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.terminate()
    print(await p.wait(), p.returncode)
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.kill()
    print(await p.wait())
    try:
        p.send_signal(15)
    except ProcessLookupError as e:
        print(type(e).__name__)

asyncio.run(main())
