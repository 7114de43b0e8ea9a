# Loop methods outside asyncio.run: call_soon/call_later/call_at order, run_until_complete, stop, close.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())

def cb(x):
    print('cb', x)

loop.call_later(2, cb, 'later2')
loop.call_later(1, cb, 'later1')
loop.call_at(loop.time() + 1, cb, 'at1')
loop.call_soon(cb, 'soon')
h = loop.call_soon(cb, 'cancelled')
h.cancel()
print(h.cancelled())

async def main():
    print('main running', loop.is_running())
    await asyncio.sleep(3)
    return 42

print(loop.run_until_complete(main()))
loop.call_soon(loop.stop)
loop.call_soon(cb, 'before stop')
loop.run_forever()
loop.close()
print(loop.is_closed())
c = main()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()
