# set_exception_handler/get_exception_handler/call_exception_handler and the default handler's text.
import asyncio


def handler(loop, context):
    print("handler:", context['message'], repr(context.get('exception')))


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_exception_handler({'message': 'custom', 'exception': ValueError(3)})
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'plain', 'extra': 5, 'other': 'x'})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)

asyncio.run(main())
