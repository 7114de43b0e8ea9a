# create_subprocess_shell: exit codes, stderr captured separately, stderr=STDOUT merges.
import asyncio
from asyncio.subprocess import PIPE, STDOUT


async def main():
    p = await asyncio.create_subprocess_shell('echo out; echo err >&2; exit 3', stdout=PIPE, stderr=PIPE)
    print(await p.communicate(), p.returncode)
    p = await asyncio.create_subprocess_shell('echo one; echo two >&2', stdout=PIPE, stderr=STDOUT)
    out, err = await p.communicate()
    print(sorted(out.split()), err, await p.wait())

asyncio.run(main())
