# set_result/set_exception on a done future: InvalidStateError('invalid state').
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    for op in (lambda: f.set_result(2), lambda: f.set_exception(ValueError())):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print(repr(e))
    f2 = asyncio.get_running_loop().create_future()
    f2.cancel()
    try:
        f2.set_result(1)
    except asyncio.InvalidStateError as e:
        print(e)

asyncio.run(main())
