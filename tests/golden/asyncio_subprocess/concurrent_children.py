# Several children at once, gathered: the loop is not blocked while they run.
import asyncio
from asyncio.subprocess import PIPE


async def run(cmd):
    p = await asyncio.create_subprocess_shell(cmd, stdout=PIPE)
    out, _ = await p.communicate()
    return out.decode().strip(), p.returncode


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.05)
    return "ticked"


async def main():
    results = await asyncio.gather(run('sleep 0.2; echo slow'), run('echo fast'),
                                   run('exit 7'), ticker())
    print(results)

asyncio.run(main())
