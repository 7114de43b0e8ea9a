# An exception handler can be replaced and removed; get_exception_handler reflects it.
import asyncio


def first(loop, context):
    print("first:", context['message'])


def second(loop, context):
    print("second:", context['message'], type(context['exception']).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(first)
    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0)
    loop.set_exception_handler(second)
    print(loop.get_exception_handler() is second)
    loop.call_soon(lambda: {}['k'])
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
print(asyncio.new_event_loop().get_exception_handler())
