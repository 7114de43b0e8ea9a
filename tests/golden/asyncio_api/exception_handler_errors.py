# A failing exception handler is reported by the default handler; default_exception_handler prints context keys.
import asyncio


def bad_handler(loop, context):
    raise RuntimeError("handler broke")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.default_exception_handler({'message': 'plain message'})
    loop.default_exception_handler({'exception': ValueError('no message'), 'z': 1, 'a': 'two'})
    loop.call_exception_handler({'message': 'through call', 'extra': [1, 2]})

asyncio.run(main())
