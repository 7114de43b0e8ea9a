# to_thread copies the caller's context: context variables are visible in the thread.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


def handler():
    return f"handling {request.get()}"


async def main():
    request.set("r1")
    print(await asyncio.to_thread(handler))


asyncio.run(main())
