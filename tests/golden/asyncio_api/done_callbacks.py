# Done callbacks run from the loop, in the order added, after the awaiter is woken; remove_done_callback counts.
import asyncio

def cb(name):
    def f(fut):
        print('callback', name, fut.result())
    return f

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    c1, c2, c3 = cb(1), cb(2), cb(3)
    fut.add_done_callback(c1)
    fut.add_done_callback(c2)
    fut.add_done_callback(c3)
    print(fut.remove_done_callback(c2))
    loop.call_soon(fut.set_result, 'v')
    print('before await')
    print('awaited', await fut)
    print('after await')
    await asyncio.sleep(0)
    fut.add_done_callback(cb(4))
    print('added late')
    await asyncio.sleep(0)

asyncio.run(main())
