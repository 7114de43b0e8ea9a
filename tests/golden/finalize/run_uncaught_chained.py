# A chained exception escaping asyncio.run: the runner frames appear only in the outer traceback.
import asyncio
async def child():
    await asyncio.sleep(0.1)
    1/0
async def main():
    t = asyncio.create_task(child())
    try:
        await t
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
asyncio.run(main())
