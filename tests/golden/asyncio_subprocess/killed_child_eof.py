# A subprocess killed by a signal: returncode is minus the signal, pending reads see EOF.
import asyncio
import signal


async def main():
    proc = await asyncio.create_subprocess_exec(
        'sh', '-c', 'echo started; exec sleep 10', stdout=asyncio.subprocess.PIPE)
    line = await proc.stdout.readline()
    print("child said", line)
    proc.send_signal(signal.SIGKILL)
    rest = await proc.stdout.read()
    print("rest", rest)
    print("returncode", await proc.wait())
    try:
        proc.send_signal(signal.SIGTERM)
        print("no error after exit")
    except ProcessLookupError as e:
        print("ProcessLookupError:", e)

asyncio.run(main())
