# A worker pool over an asyncio.Queue: a fixed number of workers take jobs from a
# bounded queue (the producer waits when it is full), report results on a second
# queue, and are shut down once `join()` says every job was processed.
import asyncio

WORKERS = 3
JOBS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


async def worker(name, jobs, results):
    while True:
        job = await jobs.get()
        try:
            # Pretend to work: longer words take longer.
            await asyncio.sleep(len(job) * 0.01)
            await results.put((job, job.upper(), name))
        finally:
            jobs.task_done()


async def main():
    jobs = asyncio.Queue(maxsize=WORKERS)
    results = asyncio.Queue()
    pool = [asyncio.create_task(worker(f"worker-{i}", jobs, results)) for i in range(WORKERS)]

    for job in JOBS:
        await jobs.put(job)  # waits while all workers are busy and the queue is full
    await jobs.join()  # every job taken and marked done

    for task in pool:
        task.cancel()
    await asyncio.gather(*pool, return_exceptions=True)

    done = {}
    while not results.empty():
        job, result, by = results.get_nowait()
        done[job] = (result, by)
    for job in JOBS:
        print(f"{job:>8} -> {done[job][0]}")
    print(f"{len(done)} jobs by {len({by for _, by in done.values()})} workers")


asyncio.run(main())
