# Values set inside one task are invisible to sibling tasks and to the parent
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='nobody')

async def session(name, delay):
    print(name, 'starts as', user.get())
    user.set(name)
    await asyncio.sleep(delay)
    print(name, 'ends as', user.get())
    return user.get()

async def main():
    results = await asyncio.gather(session('alice', 0.02), session('bob', 0.01), session('carol', 0))
    print(results)
    print('parent still', user.get())
    tok = user.set('admin')
    print(await asyncio.create_task(session('dave', 0)))
    user.reset(tok)
    print('parent after reset', user.get())

asyncio.run(main())
print('after run', user.get())
