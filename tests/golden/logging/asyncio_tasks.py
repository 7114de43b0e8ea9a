# Logging from asyncio tasks at DEBUG: asyncio's own "Using selector" record, funcName of coroutines, exception().
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s:%(name)s:%(funcName)s: %(message)s")
log = logging.getLogger("jobs")


async def job(n):
    log.debug("job %d starting", n)
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f"job {n} failed")
    return n * 10


async def main():
    results = await asyncio.gather(*(job(i) for i in range(4)), return_exceptions=True)
    for r in results:
        log.info("result: %r", r)
    try:
        await job(2)
    except RuntimeError:
        log.exception("awaited job failed")


asyncio.run(main())
