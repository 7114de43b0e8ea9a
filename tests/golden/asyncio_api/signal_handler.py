# loop.add_signal_handler runs the callback in the loop when SIGUSR1 (10) arrives from a child; removal.
import asyncio

SIGUSR1 = 10


async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(SIGUSR1, got.set_result, 'usr1')
    child = await asyncio.create_subprocess_shell('kill -USR1 $PPID')
    print(await got, await child.wait())
    print(loop.remove_signal_handler(SIGUSR1))
    print(loop.remove_signal_handler(SIGUSR1))
    for bad in (0, 9):
        try:
            loop.add_signal_handler(bad, print)
        except (ValueError, RuntimeError) as e:
            print(type(e).__name__, e)

asyncio.run(main())
