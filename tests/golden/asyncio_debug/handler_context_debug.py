# Debug mode: the exception handler's context carries source_traceback; the default handler logs it.
import asyncio
import logging

logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")


def explode():
    raise RuntimeError("bad")


def handler(loop, context):
    tb = context.get("source_traceback")
    print(sorted(context), isinstance(tb, list), tb[-1][2] if tb else None)
    loop.default_exception_handler(context)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(explode)
    await asyncio.sleep(0)
    print("handled")


asyncio.run(main(), debug=True)
