# Fetch several "URLs" concurrently in an asyncio.TaskGroup, each under its own
# asyncio.timeout; a context variable tags every log line with its request.
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')

# Simulated latency of each host, in seconds.
LATENCY = {
    'https://example.com/a': 0.05,
    'https://example.com/b': 0.20,
    'https://example.com/slow': 2.00,
    'https://example.com/c': 0.10,
}


def log(msg):
    print(f'[{request_id.get()}] {msg}')


async def fetch(url, limit):
    request_id.set(url.rsplit('/', 1)[1])
    log(f'GET {url}')
    try:
        async with asyncio.timeout(limit):
            await asyncio.sleep(LATENCY[url])
    except TimeoutError:
        log(f'timed out after {limit}s')
        return url, None
    body = f'<{len(url)} bytes>'
    log(f'200 OK {body}')
    return url, body


async def main():
    request_id.set('main')
    log('starting')
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(url, 0.5)) for url in LATENCY]
    log('all requests settled')
    for task in tasks:
        url, body = task.result()
        print(f'{url:28} {body or "TIMEOUT"}')


asyncio.run(main())
