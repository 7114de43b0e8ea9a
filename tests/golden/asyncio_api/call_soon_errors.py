# call_soon argument and state errors: non-callables, closed loop, keyword arguments.
import asyncio

loop = asyncio.new_event_loop()
for bad in (lambda: loop.call_soon(print, end=""), lambda: loop.call_later(1, print, sep="")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
loop.close()
for call in (lambda: loop.call_soon(print), lambda: loop.call_later(1, print),
             lambda: loop.call_at(1, print)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(loop.is_closed())
