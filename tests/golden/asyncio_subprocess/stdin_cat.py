# communicate(input=...) feeds stdin of `cat`; the output comes back unchanged.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, err = await proc.communicate(b'line one\nline two\n' * 3)
    print(out.splitlines()[-1], len(out), err, proc.returncode)

asyncio.run(main())
