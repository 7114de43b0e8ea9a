# A child raising SystemExit: the TaskGroup re-raises it alone (no group), after cancelling the siblings
# Wishlist: CPython prints "Task exception was never retrieved" for the main task with a
# traceback through its asyncio sources (runners.py, base_events.py, taskgroups.py); those
# frames cannot match Coil's native/frozen asyncio.
import asyncio

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('sibling cancelled')
        raise

async def quitter():
    await asyncio.sleep(0.1)
    raise SystemExit(3)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sibling())
        tg.create_task(quitter())

try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit', e.code)
