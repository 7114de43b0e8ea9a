# stdout=DEVNULL discards output; Process has no streams then; repr names the pid.
import asyncio
from asyncio.subprocess import DEVNULL


async def main():
    p = await asyncio.create_subprocess_exec('echo', 'gone', stdout=DEVNULL)
    print(p.stdin, p.stdout, p.stderr)
    print(repr(p) == f'<Process {p.pid}>')
    print(await p.wait())
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)

asyncio.run(main())
