# asyncio.run runs the main task in a copy of the caller's context: its sets do not leak out
import asyncio
import contextvars

v = contextvars.ContextVar('v')
v.set('outside')

async def main():
    print('main sees', v.get())
    v.set('inside')
    return v.get()

print(asyncio.run(main()))
print('after', v.get())
print(asyncio.run(main()))
