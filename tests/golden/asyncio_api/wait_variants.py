# wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout return (done, pending) and cancel nothing.
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError('job %s failed' % d)
    return d

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(d), name='j%d' % d) for d in (1, 2, 3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending), sorted(t.result() for t in done))
    fs = [asyncio.create_task(job(1, True), name='f1'), asyncio.create_task(job(5), name='f5')]
    done, pending = await asyncio.wait(fs, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), [t.cancelled() for t in pending])
    for t in pending:
        t.cancel()
    print(type(fs[0].exception()).__name__)

asyncio.run(main())
