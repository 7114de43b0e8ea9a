# Debug mode: call_soon/call_later from another thread raise RuntimeError; call_soon_threadsafe works.
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    results = []

    def worker():
        for name, call in [("call_soon", lambda: loop.call_soon(print, "no")),
                           ("call_later", lambda: loop.call_later(1, print, "no"))]:
            try:
                call()
            except RuntimeError as e:
                results.append((name, str(e)))
        loop.call_soon_threadsafe(done.set)

    threading.Thread(target=worker).start()
    await done.wait()
    for r in results:
        print(*r)


asyncio.run(main(), debug=True)


async def normal():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=lambda: loop.call_soon(print, "allowed without debug"))
    t.start()
    await asyncio.to_thread(t.join)
    await asyncio.sleep(0)

asyncio.run(normal())
