# asyncio.timeout expiring: the body gets CancelledError (finally runs), the block raises TimeoutError from it
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('body cancelled, expired =', cm.expired())
                raise
            finally:
                print('finally runs')
    except TimeoutError as e:
        print('TimeoutError', repr(e))
        print('cause:', type(e.__cause__).__name__, e.__cause__ is e.__context__)
    print(repr(cm), cm.expired())
    print('task not cancelling:', asyncio.current_task().cancelling())

asyncio.run(main())
