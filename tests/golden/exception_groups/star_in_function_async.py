# except* inside a coroutine, with asyncio driving it.
import asyncio

async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)

async def main():
    errors = []
    for n in range(3):
        try:
            await fail(n)
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup("tasks", errors + [TypeError("t")])
    except* ValueError as eg:
        print("values:", [e.args[0] for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", repr(eg))

asyncio.run(main())
