# create_subprocess_exec with PIPE: communicate() returns (stdout, stderr) and the return code.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec('echo', 'hello', 'world', stdout=PIPE, stderr=PIPE)
    print(type(proc.pid).__name__)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

asyncio.run(main())
