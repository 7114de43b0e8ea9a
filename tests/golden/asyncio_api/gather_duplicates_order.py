# gather with the same task/coroutine passed twice: one child each, results repeated, in order.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def main():
    t = asyncio.create_task(val("t"))
    c = val("c")
    f = asyncio.get_running_loop().create_future()
    f.set_result("f")
    print(await asyncio.gather(t, c, t, f, c, val("d")))
    g = asyncio.gather(t, t, return_exceptions=True)
    print(await g, g.done())
    bad = asyncio.create_task(val(1))
    boom = asyncio.create_task(asyncio.sleep(0, result=None))
    async def fail():
        raise KeyError("k")
    print(await asyncio.gather(bad, fail(), bad, boom, return_exceptions=True))
    try:
        await asyncio.gather(fail(), bad)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
